-- Country information, one profile per country and interface language.
CREATE TABLE country_profiles (
    country TEXT NOT NULL CHECK (length(country) = 2),
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    last_reviewed TEXT NOT NULL,
    demo INTEGER NOT NULL CHECK (demo IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (country, language)
);
