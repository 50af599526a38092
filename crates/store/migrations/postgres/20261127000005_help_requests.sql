-- Anonymous help requests and their replies. Messages are sealed like consultation notes; the
-- passphrase is kept only as a SHA-256 digest (it is 80 random bits, shown once).
CREATE TABLE help_requests (
    id TEXT PRIMARY KEY,
    ticket TEXT NOT NULL UNIQUE,
    passphrase_hash TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    message_key BYTEA NOT NULL,
    message_ciphertext BYTEA NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
    consultation_id TEXT,
    created_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX help_requests_by_closing ON help_requests (status, closed_at);

CREATE TABLE help_request_recipients (
    help_request_id TEXT NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    PRIMARY KEY (help_request_id, organisation_id)
);
CREATE INDEX help_request_recipients_by_organisation ON help_request_recipients (organisation_id);

CREATE TABLE help_request_replies (
    id TEXT PRIMARY KEY,
    help_request_id TEXT NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    message_key BYTEA NOT NULL,
    message_ciphertext BYTEA NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX help_request_replies_by_request ON help_request_replies (help_request_id, created_at);

-- Attempts of anonymous forms by address, to slow those who send too many.
CREATE TABLE anonymous_attempts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    address TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX anonymous_attempts_by_address ON anonymous_attempts (kind, address, at);
