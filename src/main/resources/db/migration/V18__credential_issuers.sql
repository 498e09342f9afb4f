-- Certificates, part two (issue 10, section 2): branch issuers, the organisation's logo for its certificates and
-- the 1EdTech revocation list. Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- A branch issuer (brancheorganisatie) is configured by the organisation's admins: name, web address, logo (a PNG
-- or JPEG they upload, checked) and its own signing keys, made by Groeipad. A certificate issued under it names it
-- as issuer; its keys are published at its own JWKS address. Keys are rotated: the newest signs, older ones stay
-- published (credentials signed with them stay verifiable) and are marked retired.

CREATE TABLE credential_branch_issuer (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    url               VARCHAR(500)  NOT NULL,
    logo_type         VARCHAR(20),
    logo              MEDIUMBLOB,
    version           INT           NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_branch_issuer PRIMARY KEY (id),
    CONSTRAINT fk_credential_branch_issuer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_credential_branch_issuer_tenant ON credential_branch_issuer (tenant_id, name);

CREATE TABLE credential_branch_key (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    issuer_id         CHAR(36)      NOT NULL,
    jwk               TEXT          NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    retired_at        DATETIME(3),
    CONSTRAINT pk_credential_branch_key PRIMARY KEY (id),
    CONSTRAINT fk_credential_branch_key_issuer FOREIGN KEY (issuer_id) REFERENCES credential_branch_issuer (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_branch_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_credential_branch_key_issuer ON credential_branch_key (tenant_id, issuer_id, created_at);

-- The organisation's logo on its certificates (uploaded; the server never fetches an address an admin typed).
CREATE TABLE credential_logo (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    media_type        VARCHAR(20)   NOT NULL,
    content           MEDIUMBLOB    NOT NULL,
    version           INT           NOT NULL,
    uploaded_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_logo PRIMARY KEY (id),
    CONSTRAINT uq_credential_logo_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_credential_logo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Who issued a certificate, as it was when issued: the branch issuer (null: the organisation itself), its name and
-- address. The kind of a branch certificate is BRANCH.
ALTER TABLE credential ADD COLUMN branch_issuer_id CHAR(36);
ALTER TABLE credential ADD COLUMN issuer_name VARCHAR(200);
ALTER TABLE credential ADD COLUMN issuer_url VARCHAR(500);
CREATE INDEX ix_credential_branch_issuer ON credential (tenant_id, branch_issuer_id);
