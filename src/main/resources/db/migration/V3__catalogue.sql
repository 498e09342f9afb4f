-- Catalogue of learning material (issue 3, section 2).
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- catalogue_item is tenant-owned (EclipseLink multitenancy adds tenant_id to every query).
-- shared_catalogue_item is deliberately global: snapshots an organisation chose to share with all others,
-- with the organisation's display name and no personal data (see nl.groeipad.catalogue.package-info).
--
-- Searching: title_key and search_text hold the title and the searchable text lower-cased and without
-- accents, so a search is a plain LIKE; levels and learning styles are one boolean column each, so every
-- filter is a plain column test. Both derived columns compare bytes (utf8mb4_bin): they are normalised
-- already, and a binary LIKE scans about five times faster than a unicode collation on MariaDB (H2 in MySQL
-- mode accepts the same clause). Competencies are referred to by their stable key, without a foreign key
-- (frameworks are versioned and belong to another feature).

CREATE TABLE catalogue_item (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    title_key         VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    description       VARCHAR(4000),
    kind              VARCHAR(32)   NOT NULL,
    online            BOOLEAN       NOT NULL,
    url               VARCHAR(1000),
    competency_key    CHAR(36),
    competency_title  VARCHAR(300),
    level_a           BOOLEAN       NOT NULL,
    level_b           BOOLEAN       NOT NULL,
    level_c           BOOLEAN       NOT NULL,
    style_doing       BOOLEAN       NOT NULL,
    style_watching    BOOLEAN       NOT NULL,
    style_thinking    BOOLEAN       NOT NULL,
    style_feeling     BOOLEAN       NOT NULL,
    duration_minutes  INT,
    language          VARCHAR(8)    NOT NULL,
    search_text       VARCHAR(4800) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    source            VARCHAR(16)   NOT NULL,
    source_name       VARCHAR(200),
    origin_shared_id  CHAR(36),
    shared_id         CHAR(36),
    created_by        CHAR(36),
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_catalogue_item PRIMARY KEY (id),
    CONSTRAINT fk_catalogue_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
-- Sorting by title within a tenant (the default order) walks this index and stops after one page.
CREATE INDEX ix_catalogue_item_title ON catalogue_item (tenant_id, title_key);
CREATE INDEX ix_catalogue_item_competency ON catalogue_item (tenant_id, competency_key);
CREATE INDEX ix_catalogue_item_kind ON catalogue_item (tenant_id, kind, title_key);
CREATE INDEX ix_catalogue_item_origin ON catalogue_item (tenant_id, origin_shared_id);

CREATE TABLE shared_catalogue_item (
    id                CHAR(36)      NOT NULL,
    owner_tenant_id   CHAR(36)      NOT NULL,
    origin_item_id    CHAR(36)      NOT NULL,
    organisation_name VARCHAR(200)  NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    title_key         VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    description       VARCHAR(4000),
    kind              VARCHAR(32)   NOT NULL,
    online            BOOLEAN       NOT NULL,
    url               VARCHAR(1000),
    competency_key    CHAR(36),
    competency_title  VARCHAR(300),
    level_a           BOOLEAN       NOT NULL,
    level_b           BOOLEAN       NOT NULL,
    level_c           BOOLEAN       NOT NULL,
    style_doing       BOOLEAN       NOT NULL,
    style_watching    BOOLEAN       NOT NULL,
    style_thinking    BOOLEAN       NOT NULL,
    style_feeling     BOOLEAN       NOT NULL,
    duration_minutes  INT,
    language          VARCHAR(8)    NOT NULL,
    search_text       VARCHAR(4800) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    source            VARCHAR(16)   NOT NULL,
    source_name       VARCHAR(200),
    shared_at         DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_shared_catalogue_item PRIMARY KEY (id),
    CONSTRAINT uq_shared_catalogue_origin UNIQUE (owner_tenant_id, origin_item_id),
    CONSTRAINT fk_shared_catalogue_owner FOREIGN KEY (owner_tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_shared_catalogue_title ON shared_catalogue_item (title_key);
CREATE INDEX ix_shared_catalogue_competency ON shared_catalogue_item (competency_key);

-- Starter material imported once per tenant (e.g. the demo catalogue).
CREATE TABLE catalogue_seed (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    seed_name         VARCHAR(64)   NOT NULL,
    imported_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_catalogue_seed PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_seed UNIQUE (tenant_id, seed_name),
    CONSTRAINT fk_catalogue_seed_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
