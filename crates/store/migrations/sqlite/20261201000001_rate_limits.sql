-- Counts of attempts per limit, subject digest and fixed window (see store/src/rate_limits.rs):
-- no subject in clear and no time of any attempt, only the end of its window.
CREATE TABLE rate_limit_counts (
    name TEXT NOT NULL,
    subject_digest TEXT NOT NULL,
    window_ends_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    PRIMARY KEY (name, subject_digest, window_ends_at)
);
CREATE INDEX rate_limit_counts_by_end ON rate_limit_counts (window_ends_at);

-- The key of each day's digests, deleted when the day has passed.
CREATE TABLE rate_limit_keys (
    day BIGINT PRIMARY KEY,
    secret TEXT NOT NULL
);
