-- Who the person of a case is, sealed with the case's own data key (XChaCha20-Poly1305, the
-- nonce first, bound to the case's id). The key is not here: it lives in the case keyring
-- beside the master key (keyring.rs), so no copy of this table opens without it.
CREATE TABLE case_identities (
    case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    ciphertext BYTEA NOT NULL,
    updated_at TEXT NOT NULL
);

-- The blind index that finds a person again: HMAC-SHA256, under the blind index key, of a
-- normalised family name (or other name used) and the birth year. Searched by digest within
-- one organisation only.
CREATE TABLE case_finding_index (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    digest TEXT NOT NULL,
    PRIMARY KEY (case_id, digest)
);
CREATE INDEX case_finding_index_by_digest ON case_finding_index (organisation_id, digest);
