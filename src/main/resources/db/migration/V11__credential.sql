-- Certificates and credentials (issue 10, sections 2 and 3): certificates the organisation issues through
-- Groeipad (a PDF, an Open Badges 3.0 credential signed as VC-JWT and an Open Badges 2.0 hosted assertion, all
-- made from one stored row), external proof a coach or participant registers (an mbo praktijkverklaring,
-- certificate or diploma obtained elsewhere), revocations, and each organisation's issuer key.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- Append-only: a credential row is never changed; a revocation is a row of its own (at most one per
-- credential), and so is the moment its participant saw the celebration. The primary key of a credential is
-- its public id: 32 random bytes in base64url (256 bits), so guessing finds nothing.

CREATE TABLE credential_issuer_key (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    jwk               TEXT          NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_issuer_key PRIMARY KEY (id),
    CONSTRAINT uq_credential_issuer_key_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_credential_issuer_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE TABLE credential (
    id                   VARCHAR(43)   NOT NULL,
    tenant_id            CHAR(36)      NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    course_id            CHAR(36)      NOT NULL,
    participant_id       CHAR(36)      NOT NULL,
    participant_name     VARCHAR(200)  NOT NULL,
    recipient_email_hash VARCHAR(80),
    recipient_salt       VARCHAR(40),
    subject_kind         VARCHAR(16),
    subject_id           CHAR(36),
    title                VARCHAR(200)  NOT NULL,
    description          TEXT,
    criteria             TEXT,
    message              TEXT,
    framework_key        VARCHAR(100),
    framework_title      VARCHAR(200),
    achievements         TEXT,
    institution          VARCHAR(200),
    qualification        VARCHAR(200),
    crebo                VARCHAR(10),
    certificate_number   VARCHAR(60),
    obtained_on          DATE,
    recorded_by          CHAR(36)      NOT NULL,
    recorded_by_name     VARCHAR(200)  NOT NULL,
    organisation_name    VARCHAR(200)  NOT NULL,
    issued_at            DATETIME(3)   NOT NULL,
    valid_until          DATETIME(3),
    base_url             VARCHAR(500),
    key_id               CHAR(36),
    vc_jwt               TEXT,
    CONSTRAINT pk_credential PRIMARY KEY (id),
    CONSTRAINT fk_credential_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_credential_participant ON credential (tenant_id, participant_id, issued_at);
CREATE INDEX ix_credential_course ON credential (tenant_id, course_id, issued_at);

-- The uploaded document of registered external proof, apart, so lists never read its bytes.
CREATE TABLE credential_document (
    credential_id     VARCHAR(43)   NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    media_type        VARCHAR(40)   NOT NULL,
    content           MEDIUMBLOB    NOT NULL,
    uploaded_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_document PRIMARY KEY (credential_id),
    CONSTRAINT fk_credential_document_credential FOREIGN KEY (credential_id) REFERENCES credential (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_document_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- A revocation by the issuer: when, why, by whom. At most one per credential (the primary key decides races).
CREATE TABLE credential_revocation (
    credential_id     VARCHAR(43)   NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    revoked_at        DATETIME(3)   NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    revoked_by        CHAR(36)      NOT NULL,
    revoked_by_name   VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_credential_revocation PRIMARY KEY (credential_id),
    CONSTRAINT fk_credential_revocation_credential FOREIGN KEY (credential_id) REFERENCES credential (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_revocation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- The participant has seen the celebration of a certificate (once).
CREATE TABLE credential_celebration (
    credential_id     VARCHAR(43)   NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    seen_at           DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_celebration PRIMARY KEY (credential_id),
    CONSTRAINT fk_credential_celebration_credential FOREIGN KEY (credential_id) REFERENCES credential (id) ON DELETE CASCADE,
    CONSTRAINT fk_credential_celebration_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
