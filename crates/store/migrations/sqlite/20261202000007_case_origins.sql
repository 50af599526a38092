-- The contact a case was opened from: a hotline consultation or an anonymous help request of
-- the case's organisation. The row is the link both ways (the case names its contact, the
-- contact lists its cases); it goes with either side (a request's retention, a case's erasure)
-- and copies nothing of the contact.
CREATE TABLE case_origins (
    case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    consultation_id TEXT REFERENCES consultations (id) ON DELETE CASCADE,
    help_request_id TEXT REFERENCES help_requests (id) ON DELETE CASCADE,
    CHECK ((consultation_id IS NULL) <> (help_request_id IS NULL))
);
CREATE INDEX case_origins_by_consultation ON case_origins (consultation_id);
CREATE INDEX case_origins_by_help_request ON case_origins (help_request_id);
