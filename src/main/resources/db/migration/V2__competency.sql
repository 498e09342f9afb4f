-- Competency frameworks: the shared competency language (issue 3 §1).
-- A framework is stored as VERSION rows: every version has its own rows for groups, competencies and indicators;
-- the *_key columns are stable across versions (and are the CASE identifiers). A published version is never
-- changed again, except that publishing its successor marks it SUPERSEDED.
-- Written to run unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

CREATE TABLE competency_framework (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    framework_key     CHAR(36)      NOT NULL,
    version_number    INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    -- framework_key while this version is the open DRAFT / the PUBLISHED one, else NULL: the unique constraints
    -- below allow at most one draft and one published version per framework, also under concurrent requests.
    draft_of          CHAR(36),
    published_of      CHAR(36),
    title             VARCHAR(2000) NOT NULL,
    description       TEXT,
    language          VARCHAR(16),
    scale_label_1     VARCHAR(60)   NOT NULL,
    scale_label_2     VARCHAR(60)   NOT NULL,
    scale_label_3     VARCHAR(60)   NOT NULL,
    scale_label_4     VARCHAR(60)   NOT NULL,
    scale_label_5     VARCHAR(60)   NOT NULL,
    source            VARCHAR(16)   NOT NULL,
    last_change       VARCHAR(40)   NOT NULL,
    -- CASE fields Groeipad does not model, kept as JSON so an imported package is exported without loss
    case_document     TEXT,
    case_extras       TEXT,
    created_at        DATETIME(3)   NOT NULL,
    created_by        CHAR(36),
    published_at      DATETIME(3),
    superseded_at     DATETIME(3),
    CONSTRAINT pk_competency_framework PRIMARY KEY (id),
    CONSTRAINT uq_framework_version UNIQUE (tenant_id, framework_key, version_number),
    CONSTRAINT uq_framework_draft UNIQUE (tenant_id, draft_of),
    CONSTRAINT uq_framework_published UNIQUE (tenant_id, published_of),
    CONSTRAINT fk_framework_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_framework_status ON competency_framework (tenant_id, status);

-- Groups of competencies, e.g. "Component 1: Anderen raadplegen en betrekken"; may be nested (imported frameworks).
CREATE TABLE competency_group (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    framework_id      CHAR(36)      NOT NULL,
    group_key         CHAR(36)      NOT NULL,
    parent_key        CHAR(36),
    sort_order        INT           NOT NULL,
    code              VARCHAR(200),
    title             VARCHAR(2000) NOT NULL,
    last_change       VARCHAR(40)   NOT NULL,
    case_item         TEXT,
    case_parent_link  TEXT,
    CONSTRAINT pk_competency_group PRIMARY KEY (id),
    CONSTRAINT uq_competency_group_key UNIQUE (framework_id, group_key),
    CONSTRAINT fk_competency_group_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_competency_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE TABLE competency (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    framework_id      CHAR(36)      NOT NULL,
    competency_key    CHAR(36)      NOT NULL,
    group_key         CHAR(36),
    sort_order        INT           NOT NULL,
    code              VARCHAR(200),
    title             VARCHAR(2000) NOT NULL,
    description       TEXT,
    last_change       VARCHAR(40)   NOT NULL,
    case_item         TEXT,
    case_parent_link  TEXT,
    CONSTRAINT pk_competency PRIMARY KEY (id),
    CONSTRAINT uq_competency_key UNIQUE (framework_id, competency_key),
    CONSTRAINT fk_competency_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_competency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_competency_key ON competency (tenant_id, competency_key);

-- Behavioural indicators (gedragsindicatoren) with a text per development level A, B and C (C = mbo-Entree).
CREATE TABLE behavioural_indicator (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    competency_id     CHAR(36)      NOT NULL,
    indicator_key     CHAR(36)      NOT NULL,
    sort_order        INT           NOT NULL,
    code              VARCHAR(200),
    description       TEXT          NOT NULL,
    level_a           TEXT,
    level_b           TEXT,
    level_c           TEXT,
    last_change       VARCHAR(40)   NOT NULL,
    case_item         TEXT,
    case_parent_link  TEXT,
    CONSTRAINT pk_behavioural_indicator PRIMARY KEY (id),
    CONSTRAINT uq_indicator_key UNIQUE (competency_id, indicator_key),
    CONSTRAINT fk_indicator_competency FOREIGN KEY (competency_id) REFERENCES competency (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_indicator_key ON behavioural_indicator (tenant_id, indicator_key);

-- CASE associations other than the hierarchy of the framework itself (exactMatchOf, precedes, isRelatedTo,
-- a second isChildOf ...), kept as the JSON they were imported with so they survive an export.
CREATE TABLE case_association (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    framework_id      CHAR(36)      NOT NULL,
    sort_order        INT           NOT NULL,
    origin_key        VARCHAR(255)  NOT NULL,
    destination_key   VARCHAR(255)  NOT NULL,
    body              TEXT          NOT NULL,
    CONSTRAINT pk_case_association PRIMARY KEY (id),
    CONSTRAINT fk_case_association_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_association_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_association_framework ON case_association (framework_id);
