-- Record-level registry extracts (Simulacrum sim_av_tumour layout, or another CSV layout through a
-- column mapping) as data releases. The extract is streamed and reduced to aggregates by the engine;
-- only the release's provenance and its tidy indicator rows are stored. No table here has a column
-- for a patient-level value (no tumour or patient id, date, age, site or stage of any one person).
-- The current release is the newest import; older ones stay on record.
-- Portable SQL: runs on PostgreSQL and on H2 (PostgreSQL mode).

CREATE TABLE registry_release (
    sha256         CHAR(64)      PRIMARY KEY,
    file_name      VARCHAR(500)  NOT NULL,
    format         VARCHAR(20)   NOT NULL,
    synthetic      BOOLEAN       NOT NULL,
    rows_read      BIGINT        NOT NULL,
    rows_counted   BIGINT        NOT NULL,
    rows_rejected  BIGINT        NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count      INTEGER       NOT NULL
);

CREATE INDEX registry_release_imported ON registry_release (imported_at);

-- One tidy indicator row (engine IndicatorRow) per seq, in the order the engine produced them.
-- flags: the row's flags joined with ';' (empty string for none; a flag never contains ';').
-- numerator/denominator are exact decimals; value and limits are NULL when the method gives none.
-- "value" is quoted because H2 reserves the word; quoted lower case is the same column on PostgreSQL.
CREATE TABLE registry_indicator (
    release_sha256      CHAR(64)       NOT NULL REFERENCES registry_release (sha256),
    seq                 INTEGER        NOT NULL,
    indicator           VARCHAR(100)   NOT NULL,
    definition_version  VARCHAR(100)   NOT NULL,
    cancer_group        VARCHAR(200),
    geography           VARCHAR(100),
    period              VARCHAR(20),
    sex                 VARCHAR(20),
    age_band            VARCHAR(40),
    numerator           NUMERIC,
    denominator         NUMERIC,
    "value"             DOUBLE PRECISION,
    lower95             DOUBLE PRECISION,
    upper95             DOUBLE PRECISION,
    method              VARCHAR(500)   NOT NULL,
    flags               VARCHAR(1000)  NOT NULL,
    source              VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (release_sha256, seq)
);
