-- Accounts hardening.

-- Failed sign-ins are counted by the rate limiter (keyed digests in fixed windows, deleted when
-- the window ends); the table that kept what was typed as the email, and the address, goes.
DROP TABLE sign_in_failures;

-- A visit to the sign-in form makes no session any more (its CSRF token is a signed
-- double-submit token); the sessions such visits made go.
DELETE FROM sessions WHERE stage = 'anonymous';

-- The TOTP secret sealed by the master key and bound to the user's id, like consultation
-- notes. Secrets stored in clear in `totp_secret` before are sealed when the server starts,
-- which empties that column.
ALTER TABLE users ADD COLUMN totp_secret_key BLOB;
ALTER TABLE users ADD COLUMN totp_secret_ciphertext BLOB;
-- The digest of the one session that may see the pending secret: the one that made it,
-- right after the password.
ALTER TABLE users ADD COLUMN totp_pending_session TEXT;
-- 1 from a reset of the second factor until a new one is confirmed: meanwhile nothing beyond
-- enrolment is reachable, whatever the role.
ALTER TABLE users ADD COLUMN totp_reset INTEGER NOT NULL DEFAULT 0 CHECK (totp_reset IN (0, 1));

-- Invitations hold who is invited, as what and where; the account is made when the invitation
-- is accepted, so inviting an address that has an account elsewhere looks like inviting a new
-- one. Waiting invitations move here, with the placeholder accounts they had.
CREATE TABLE staff_invitations (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('network-admin', 'org-admin', 'case-worker', 'hotline-consultant', 'editor', 'analyst')),
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX staff_invitations_by_organisation ON staff_invitations (organisation_id);
INSERT INTO staff_invitations (token_hash, email, name, organisation_id, role, invited_by, created_at, expires_at, used_at)
    SELECT invitations.token_hash, users.email, users.name, users.organisation_id, users.role, NULL,
           users.created_at, invitations.expires_at, NULL
    FROM invitations JOIN users ON users.id = invitations.user_id
    WHERE users.password_hash IS NULL AND invitations.used_at IS NULL;
DROP TABLE invitations;
DELETE FROM users WHERE password_hash IS NULL;
