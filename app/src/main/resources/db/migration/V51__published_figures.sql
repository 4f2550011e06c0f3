-- Headline figures quoted from official publications (e.g. NHS Digital's share of cancers diagnosed
-- at stage 1-2, ONS/NHS Digital 5-year net survival), stored with their citation and kept apart from
-- the figures Rarewatch computes. Each imported file is a release (provenance: file name, SHA-256,
-- publisher); a later release's figure for the same key (indicator, cancer_group, geography, period)
-- supersedes the earlier one, and both stay on record.
-- Portable SQL: runs on PostgreSQL and on H2 (PostgreSQL mode).

CREATE TABLE published_release (
    sha256       CHAR(64)      PRIMARY KEY,
    file_name    VARCHAR(500)  NOT NULL,
    publisher    VARCHAR(500)  NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count    INTEGER       NOT NULL
);

-- One row per data row of the file (source_row = its line number in the file), values as published.
-- figure_value is the file's "value" column (VALUE is a keyword in H2). superseded_by names the later
-- release that replaced this figure for its key; NULL = current.
CREATE TABLE published_figure (
    release_sha256   CHAR(64)       NOT NULL REFERENCES published_release (sha256),
    source_row       INTEGER        NOT NULL,
    indicator        VARCHAR(100)   NOT NULL,
    cancer_group     VARCHAR(200)   NOT NULL,
    geography        VARCHAR(200)   NOT NULL,
    period           VARCHAR(20)    NOT NULL,
    figure_value     NUMERIC(20,6)  NOT NULL,
    unit             VARCHAR(40)    NOT NULL,
    numerator        NUMERIC(20,6),
    denominator      NUMERIC(20,6),
    lower95          NUMERIC(20,6),
    upper95          NUMERIC(20,6),
    source_title     VARCHAR(1000)  NOT NULL,
    source_url       VARCHAR(2000)  NOT NULL,
    publication_date VARCHAR(10)    NOT NULL,
    note             VARCHAR(4000),
    superseded_by    CHAR(64)       REFERENCES published_release (sha256),
    PRIMARY KEY (release_sha256, source_row)
);

CREATE INDEX published_figure_key ON published_figure (indicator, cancer_group, geography, period);
