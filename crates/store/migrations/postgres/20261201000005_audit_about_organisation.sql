-- The organisation an event is about, when it is not the actor's: its administrators see the
-- event in their trail as well (a change of their staff made by the secretariat).
ALTER TABLE audit_events ADD COLUMN about_organisation_id TEXT;
CREATE INDEX audit_events_by_about_organisation ON audit_events (about_organisation_id, sequence);
