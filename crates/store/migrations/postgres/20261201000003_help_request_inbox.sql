-- Help requests answered in the staff area, and no trace of the person who asked.

-- Attempts were kept here with the sender's address in clear and the instant of each request.
-- The rate limiter counts them now (a keyed digest per window, deleted with its window); this
-- table goes, with every address it held.
DROP TABLE anonymous_attempts;

-- Per receiving organisation: whether someone there has opened the request (the inbox's unread
-- count), and whether it came because nobody opened it in time (escalation to the secretariat).
-- Flags, not times: nothing here needs to line up with anything.
ALTER TABLE help_request_recipients ADD COLUMN opened INTEGER NOT NULL DEFAULT 0 CHECK (opened IN (0, 1));
ALTER TABLE help_request_recipients ADD COLUMN escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1));

-- What the person writes back with the ticket and passphrase, sealed like the request. The id is
-- the one the reply form carried, so a form sent twice stores one message.
CREATE TABLE help_request_follow_ups (
    id TEXT PRIMARY KEY,
    help_request_id TEXT NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
    message_key BYTEA NOT NULL,
    message_ciphertext BYTEA NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX help_request_follow_ups_by_request ON help_request_follow_ups (help_request_id, created_at);

-- The ticket and passphrase of a request just sent, sealed, kept for the one page that shows
-- them after the redirect (so reloading it sends nothing again). Deleted when shown; one never
-- shown expires at the end of a coarse window, so its time does not line up with the request.
CREATE TABLE help_request_receipts (
    id_hash TEXT PRIMARY KEY,
    sealed_key BYTEA NOT NULL,
    sealed_credentials BYTEA NOT NULL,
    expires_at TEXT NOT NULL
);
