-- Groeipad foundation: tenants (LMS registrations), LTI protocol state, tool keys, users and courses.
-- Written to run unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
-- Identifiers are application-generated UUIDs (CHAR(36)); times are UTC DATETIME(3).

CREATE TABLE tenant (
    id                CHAR(36)      NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    issuer            VARCHAR(500)  NOT NULL,
    client_id         VARCHAR(255)  NOT NULL,
    auth_url          VARCHAR(1000) NOT NULL,
    token_url         VARCHAR(1000),
    jwks_url          VARCHAR(1000) NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    product_family    VARCHAR(100),
    theme             VARCHAR(40)   NOT NULL,
    logo_url          VARCHAR(1000),
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_tenant PRIMARY KEY (id),
    CONSTRAINT uq_tenant_registration UNIQUE (issuer, client_id)
);

CREATE TABLE tenant_deployment (
    tenant_id         CHAR(36)      NOT NULL,
    deployment_id     VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_tenant_deployment PRIMARY KEY (tenant_id, deployment_id),
    CONSTRAINT fk_deployment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- OIDC login state: single use, bound to the browser by a secret held in a cookie or platform storage.
CREATE TABLE lti_login_state (
    state             VARCHAR(64)   NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    nonce             VARCHAR(64)   NOT NULL,
    binding_hash      VARCHAR(64)   NOT NULL,
    storage_target    VARCHAR(100),
    expires_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_lti_login_state PRIMARY KEY (state),
    CONSTRAINT fk_login_state_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_lti_login_state_expires ON lti_login_state (expires_at);

-- Nonces of accepted id_tokens: the primary key makes a replay fail on every node of a cluster.
CREATE TABLE lti_used_nonce (
    tenant_id         CHAR(36)      NOT NULL,
    nonce             VARCHAR(255)  NOT NULL,
    expires_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_lti_used_nonce PRIMARY KEY (tenant_id, nonce)
);
CREATE INDEX ix_lti_used_nonce_expires ON lti_used_nonce (expires_at);

-- The tool's own RSA signing keys: NEXT (published, not yet used), ACTIVE (signs), RETIRED (published until retire_until).
CREATE TABLE tool_key (
    kid               VARCHAR(64)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    jwk               TEXT          NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    activated_at      DATETIME(3),
    retire_until      DATETIME(3),
    CONSTRAINT pk_tool_key PRIMARY KEY (kid)
);

CREATE TABLE app_setting (
    name              VARCHAR(100)  NOT NULL,
    setting_value     TEXT          NOT NULL,
    CONSTRAINT pk_app_setting PRIMARY KEY (name)
);

-- Tenant-owned data: every row carries tenant_id; EclipseLink's multitenancy adds it to every query.
CREATE TABLE lms_user (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    subject           VARCHAR(255)  NOT NULL,
    given_name        VARCHAR(200),
    family_name       VARCHAR(200),
    full_name         VARCHAR(400),
    email             VARCHAR(320),
    locale            VARCHAR(16),
    created_at        DATETIME(3)   NOT NULL,
    last_seen_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_lms_user PRIMARY KEY (id),
    CONSTRAINT uq_lms_user_subject UNIQUE (tenant_id, subject),
    CONSTRAINT fk_lms_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE TABLE course (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    context_id        VARCHAR(255)  NOT NULL,
    title             VARCHAR(500),
    label             VARCHAR(200),
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT uq_course_context UNIQUE (tenant_id, context_id),
    CONSTRAINT fk_course_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE TABLE enrolment (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    course_id         CHAR(36)      NOT NULL,
    user_id           CHAR(36)      NOT NULL,
    role              VARCHAR(16)   NOT NULL,
    last_launch_at    DATETIME(3)   NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_enrolment UNIQUE (course_id, user_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_enrolment_course_role ON enrolment (tenant_id, course_id, role);
