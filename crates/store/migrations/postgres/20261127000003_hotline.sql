-- Hotline consultations. Notes are sealed (XChaCha20-Poly1305) under a per-record data key,
-- itself sealed under the master key (see crypto.rs): the database never holds them in clear.
CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    channel TEXT NOT NULL,
    caller_type TEXT NOT NULL,
    anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    language TEXT NOT NULL,
    -- Codes separated by spaces, as recorded; topic_mask has one bit per topic (its place in
    -- strada_domain::hotline::Topic::ALL) for filters, consultation_topics for counts.
    topics TEXT NOT NULL,
    topic_mask BIGINT NOT NULL,
    destination_country TEXT,
    trafficking_concern TEXT NOT NULL,
    exploitation_types TEXT NOT NULL,
    duration_minutes INTEGER,
    started_at TEXT NOT NULL,
    -- The ISO week of started_at (2026-W48), for the dashboard's weekly counts.
    week TEXT NOT NULL,
    outcome TEXT,
    referred_to TEXT NOT NULL,
    notes_key BYTEA,
    notes_ciphertext BYTEA,
    -- A client's Idempotency-Key: a repeated submission answers the first record.
    idempotency_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organisation_id, idempotency_key)
);
-- Each list filter has an index that ends with started_at, so a page comes in order; the
-- first also covers the dashboard's counts by week, destination and caller type.
CREATE INDEX consultations_by_organisation ON consultations (organisation_id, started_at, week, destination_country, caller_type, topic_mask);
CREATE INDEX consultations_by_destination ON consultations (organisation_id, destination_country, started_at, caller_type, topic_mask);
CREATE INDEX consultations_by_caller ON consultations (organisation_id, caller_type, started_at, topic_mask);
CREATE INDEX consultations_by_channel ON consultations (organisation_id, channel, started_at);

CREATE TABLE consultation_topics (
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (consultation_id, topic)
);
CREATE INDEX consultation_topics_by_topic ON consultation_topics (organisation_id, topic, started_at);
CREATE INDEX consultation_topics_by_time ON consultation_topics (organisation_id, started_at, topic);
