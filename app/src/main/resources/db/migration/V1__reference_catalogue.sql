-- Reference catalogue: plans, their commitments, ICD-10 cancer groups and waiting-time thresholds,
-- seeded from the versioned CSV tables. Portable SQL: runs on PostgreSQL and on H2 (PostgreSQL mode).

CREATE TABLE reference_dataset (
    dataset     VARCHAR(60)  PRIMARY KEY,
    version     VARCHAR(60)  NOT NULL,
    source      VARCHAR(500) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    row_count   INTEGER      NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plan (
    id                VARCHAR(40)   PRIMARY KEY,
    title             VARCHAR(1000) NOT NULL,
    publisher         VARCHAR(500)  NOT NULL,
    published         VARCHAR(100)  NOT NULL,
    period            VARCHAR(100)  NOT NULL,
    url               VARCHAR(2000) NOT NULL,
    data_quality      VARCHAR(20)   NOT NULL CHECK (data_quality IN ('OK', 'UNCERTAIN', 'UNVERIFIED')),
    data_quality_note VARCHAR(500)  NOT NULL,
    sort_order        INTEGER       NOT NULL
);

CREATE TABLE commitment (
    id                VARCHAR(40)   PRIMARY KEY,
    plan_id           VARCHAR(40)   NOT NULL REFERENCES plan (id),
    theme             VARCHAR(100)  NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    target_value      VARCHAR(100)  NOT NULL,
    target_unit       VARCHAR(500)  NOT NULL,
    target_date       VARCHAR(200)  NOT NULL,
    target_year       INTEGER,
    relevance         VARCHAR(20)   NOT NULL,
    relevance_note    VARCHAR(2000) NOT NULL,
    source_url        VARCHAR(2000) NOT NULL,
    data_quality      VARCHAR(20)   NOT NULL CHECK (data_quality IN ('OK', 'UNCERTAIN', 'UNVERIFIED')),
    data_quality_note VARCHAR(500)  NOT NULL,
    sort_order        INTEGER       NOT NULL
);
CREATE INDEX commitment_plan ON commitment (plan_id);

CREATE TABLE cancer_group_code (
    icd10_code         VARCHAR(10)   PRIMARY KEY,
    description        VARCHAR(500)  NOT NULL,
    cancer_group       VARCHAR(200)  NOT NULL,
    mapping_confidence VARCHAR(40)   NOT NULL,
    big_four           BOOLEAN       NOT NULL,
    stageable          VARCHAR(10)   NOT NULL CHECK (stageable IN ('true', 'false', 'unknown')),
    note               VARCHAR(2000) NOT NULL,
    source_url         VARCHAR(2000) NOT NULL,
    data_quality       VARCHAR(20)   NOT NULL CHECK (data_quality IN ('OK', 'UNCERTAIN', 'UNVERIFIED')),
    data_quality_note  VARCHAR(500)  NOT NULL
);

CREATE TABLE waiting_time_threshold (
    id                VARCHAR(40)   PRIMARY KEY,
    standard_id       VARCHAR(40)   NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    threshold_percent NUMERIC(6, 2),
    kind              VARCHAR(30)   NOT NULL,
    from_date         DATE,
    to_date           DATE,
    date_note         VARCHAR(1000) NOT NULL,
    source_url        VARCHAR(2000) NOT NULL,
    data_quality      VARCHAR(20)   NOT NULL CHECK (data_quality IN ('OK', 'UNCERTAIN', 'UNVERIFIED')),
    data_quality_note VARCHAR(500)  NOT NULL
);
