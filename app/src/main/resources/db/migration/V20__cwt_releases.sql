-- Cancer Waiting Times data releases (NHS England CWT-CRS provider extracts) with provenance, the
-- months each release covers and which release is current for each month, and the provider-level
-- aggregate counts exactly as published (no patient-level data exists in these files).
-- Portable SQL: runs on PostgreSQL and on H2 (PostgreSQL mode).

CREATE TABLE cwt_release (
    sha256       CHAR(64)      PRIMARY KEY,
    file_name    VARCHAR(500)  NOT NULL,
    publisher    VARCHAR(200)  NOT NULL,
    licence      VARCHAR(200)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('provisional', 'final')),
    period_from  DATE          NOT NULL,
    period_to    DATE          NOT NULL,
    row_count    INTEGER       NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per month a release covers. superseded_by names the release that replaced it for that
-- month (a final after a provisional, or a later release of the same status); NULL = current.
CREATE TABLE cwt_release_month (
    release_sha256 CHAR(64) NOT NULL REFERENCES cwt_release (sha256),
    period_month   DATE     NOT NULL,
    superseded_by  CHAR(64) REFERENCES cwt_release (sha256),
    PRIMARY KEY (release_sha256, period_month)
);

CREATE TABLE cwt_provider_count (
    release_sha256 CHAR(64)      NOT NULL REFERENCES cwt_release (sha256),
    source_row     INTEGER       NOT NULL,
    period_month   DATE          NOT NULL,
    standard_id    VARCHAR(30)   NOT NULL,
    org_code       VARCHAR(20)   NOT NULL,
    route          VARCHAR(40)   NOT NULL,
    modality       VARCHAR(40)   NOT NULL,
    cancer_type    VARCHAR(200)  NOT NULL,
    total_count    NUMERIC(14,1) NOT NULL,
    within_count   NUMERIC(14,1) NOT NULL,
    breaches       NUMERIC(14,1) NOT NULL,
    PRIMARY KEY (release_sha256, source_row)
);

CREATE INDEX cwt_provider_count_month ON cwt_provider_count (period_month, standard_id);
