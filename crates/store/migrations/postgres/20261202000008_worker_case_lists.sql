-- A worker's case list, driven by their assignments: each assignment carries its case's
-- opening (which never changes), so that a list over a period reads only the worker's
-- assignments in that period; and each case's listed columns sit beside its id, so that
-- checking an assigned case against a list's filters and counting them never reads the
-- case's row.
ALTER TABLE case_workers ADD COLUMN opened_at TEXT;
UPDATE case_workers SET opened_at = (SELECT c.opened_at FROM cases c WHERE c.id = case_workers.case_id);
CREATE INDEX case_workers_by_user_opening ON case_workers (user_id, opened_at, case_id);
DROP INDEX case_workers_by_user;
CREATE INDEX cases_by_id_for_lists ON cases (id, organisation_id, opened_at, status, phase, citizenship, exploitation_mask, lead_worker_id);
