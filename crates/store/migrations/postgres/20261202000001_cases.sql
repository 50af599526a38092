-- Case files of the people a member assists. Nothing here names a person: the code is
-- pseudonymous, the age a band, and what identifies them is sealed (see crypto.rs).

-- The last number given to a case of an organisation in a year: one atomic upsert per new
-- case, so that concurrent openings never share a code.
CREATE TABLE case_numbers (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    year INTEGER NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, year)
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    code TEXT NOT NULL,
    lead_worker_id TEXT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    phase TEXT NOT NULL,
    gender TEXT,
    age_band TEXT,
    citizenship TEXT,
    residence TEXT,
    trafficking_status TEXT NOT NULL,
    identified_by TEXT,
    -- Codes separated by spaces, as recorded; exploitation_mask has one bit per form of
    -- exploitation (its place in ExploitationType::ALL) for the list's filter.
    exploitation_types TEXT NOT NULL,
    exploitation_mask BIGINT NOT NULL,
    sex_exploitation_types TEXT NOT NULL,
    forced_labour_industries TEXT NOT NULL,
    methods_of_control TEXT NOT NULL,
    methods_of_recruitment TEXT NOT NULL,
    vulnerabilities TEXT NOT NULL,
    version BIGINT NOT NULL,
    -- A client's Idempotency-Key: a repeated creation answers the first case.
    idempotency_key TEXT,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organisation_id, code),
    UNIQUE (organisation_id, idempotency_key)
);
-- The lists' index: an organisation's cases in the order of their opening, with every column
-- the list filters by and its id (which a worker's scope asks for), so that a filtered count
-- reads the index alone.
CREATE INDEX cases_for_lists ON cases (organisation_id, opened_at, status, phase, citizenship, exploitation_mask, lead_worker_id, id);
CREATE INDEX cases_by_status ON cases (organisation_id, status, opened_at);
CREATE INDEX cases_by_phase ON cases (organisation_id, phase, opened_at);
CREATE INDEX cases_by_lead ON cases (organisation_id, lead_worker_id, opened_at);
CREATE INDEX cases_by_citizenship ON cases (organisation_id, citizenship, opened_at);

-- Who works on a case: its lead and the others assigned.
CREATE TABLE case_workers (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_workers_by_user ON case_workers (user_id, case_id);

-- A worker who opened a case they are not assigned to, and why (sealed: a reason can name
-- the person).
CREATE TABLE case_glass_breaks (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    reason_key BYTEA NOT NULL,
    reason_ciphertext BYTEA NOT NULL,
    broken_at TEXT NOT NULL
);
CREATE INDEX case_glass_breaks_by_user ON case_glass_breaks (user_id, case_id, broken_at);
CREATE INDEX case_glass_breaks_by_case ON case_glass_breaks (case_id, broken_at);

-- Everything that happened on a case, in order: its opening, each change of status, phase,
-- lead or details, each broken glass. `detail` holds codes only, never free text.
CREATE TABLE case_timeline (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX case_timeline_by_case ON case_timeline (case_id, happened_at);
