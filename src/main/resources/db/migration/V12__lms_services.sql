-- LMS services (issue 9, sections 4 and 5): what a platform offered at launch (AGS line item / line-items
-- endpoint and scopes, the NRPS memberships URL) per course and resource link; the transactional outbox of
-- scores for the LMS gradebook; the line items Groeipad found or created per route or competency; the course
-- roster from NRPS (people who are enrolled in the LMS course but never launched).
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

CREATE TABLE lms_service_link (
    id                  CHAR(36)       NOT NULL,
    tenant_id           CHAR(36)       NOT NULL,
    course_id           CHAR(36)       NOT NULL,
    resource_link_id    VARCHAR(255)   NOT NULL,
    line_item_url       VARCHAR(2000),
    line_items_url      VARCHAR(2000),
    ags_scopes          VARCHAR(2000),
    memberships_url     VARCHAR(2000),
    updated_at          DATETIME(3)    NOT NULL,
    CONSTRAINT pk_lms_service_link PRIMARY KEY (id),
    CONSTRAINT uq_lms_service_link UNIQUE (tenant_id, course_id, resource_link_id),
    CONSTRAINT fk_lms_service_link_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_lms_service_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- One row per score to send ("post this score for this participant"), written in the caller's transaction.
-- state: PENDING (due at next_attempt_at) -> DELIVERED | FAILED (after the last retry; "opnieuw proberen" makes
-- it PENDING again). A worker claims a row by setting claimed_until (a lease: a crashed node's claim expires).
CREATE TABLE lms_score_outbox (
    id                  CHAR(36)       NOT NULL,
    tenant_id           CHAR(36)       NOT NULL,
    course_id           CHAR(36)       NOT NULL,
    user_id             CHAR(36)       NOT NULL,
    lms_user_id         VARCHAR(255)   NOT NULL,
    resource_id         VARCHAR(255),
    tag                 VARCHAR(255),
    label               VARCHAR(255),
    score_given         DECIMAL(12,4)  NOT NULL,
    score_maximum       DECIMAL(12,4)  NOT NULL,
    activity_progress   VARCHAR(16)    NOT NULL,
    grading_progress    VARCHAR(16)    NOT NULL,
    score_comment       VARCHAR(1000),
    score_timestamp     DATETIME(3)    NOT NULL,
    state               VARCHAR(16)    NOT NULL,
    attempts            INT            NOT NULL,
    next_attempt_at     DATETIME(3)    NOT NULL,
    claimed_until       DATETIME(3),
    last_status         INT,
    last_error          VARCHAR(500),
    created_by          CHAR(36),
    created_at          DATETIME(3)    NOT NULL,
    delivered_at        DATETIME(3),
    line_item_url       VARCHAR(2000),
    version             INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_lms_score_outbox PRIMARY KEY (id),
    CONSTRAINT fk_lms_score_outbox_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_lms_score_outbox_user FOREIGN KEY (user_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_lms_score_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_lms_score_outbox_due ON lms_score_outbox (tenant_id, state, next_attempt_at);
CREATE INDEX ix_lms_score_outbox_person ON lms_score_outbox (tenant_id, course_id, user_id, created_at);

-- The line items Groeipad uses per course and resourceId (a route or competency): found again through the
-- line-items endpoint by resourceId/tag or created there, once (the unique key decides between workers).
CREATE TABLE lms_line_item (
    id                  CHAR(36)       NOT NULL,
    tenant_id           CHAR(36)       NOT NULL,
    course_id           CHAR(36)       NOT NULL,
    resource_id         VARCHAR(255)   NOT NULL,
    url                 VARCHAR(2000),
    created_at          DATETIME(3)    NOT NULL,
    CONSTRAINT pk_lms_line_item PRIMARY KEY (id),
    CONSTRAINT uq_lms_line_item UNIQUE (tenant_id, course_id, resource_id),
    CONSTRAINT fk_lms_line_item_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_lms_line_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- The course roster from NRPS context membership: people enrolled in the LMS course who never launched Groeipad
-- get a user and an enrolment with launched = FALSE ("nog niet gestart"); their first launch sets it. lms_status
-- is the membership status NRPS last reported (Active / Inactive; NULL when the LMS never said). The course keeps
-- when its roster was last refreshed.
ALTER TABLE enrolment ADD COLUMN launched BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE enrolment ADD COLUMN lms_status VARCHAR(16);
ALTER TABLE course ADD COLUMN roster_refreshed_at DATETIME(3);
