-- The network directory: organisations, the assistance services they offer, their hotlines.
-- Ids are UUIDs as text, dates ISO 8601 text and flags 0 or 1, the types that sqlx's Any driver
-- reads alike from both databases, so that one code path serves both.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL CHECK (length(country) = 2),
    city TEXT,
    membership TEXT NOT NULL CHECK (membership IN ('member', 'associate', 'partner', 'secretariat')),
    founding INTEGER NOT NULL CHECK (founding IN (0, 1)),
    website TEXT,
    -- BCP 47 tags separated by spaces: shown with the organisation, never queried on.
    languages TEXT NOT NULL,
    demo INTEGER NOT NULL CHECK (demo IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organisation_services (
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    service TEXT NOT NULL,
    PRIMARY KEY (organisation_id, service)
);

CREATE TABLE hotlines (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    number TEXT NOT NULL,
    purpose TEXT NOT NULL,
    hours TEXT NOT NULL,
    free_of_charge INTEGER NOT NULL CHECK (free_of_charge IN (0, 1)),
    languages TEXT NOT NULL,
    last_verified TEXT NOT NULL,
    demo INTEGER NOT NULL CHECK (demo IN (0, 1)),
    UNIQUE (organisation_id, number)
);

CREATE INDEX hotlines_by_country ON hotlines (country);
