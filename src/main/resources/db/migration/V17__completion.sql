-- Completion (afronding, issue 10 section 1): a route marked as certifying, completion and assessment moments
-- the coach plans for a participant's route or plan goal once the completion check passes, and their outcomes.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- Append-only outcomes: an outcome row is never changed; a correction is a new row naming the row it corrects
-- (with who, when and why). The unique key on corrects_id settles two corrections of the same row at once.

-- A certifying route ends with a formal assessment moment (assessor, outcome) instead of a completion moment.
ALTER TABLE route ADD COLUMN certifying BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE completion_moment (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    version           INT           NOT NULL DEFAULT 1,
    course_id         CHAR(36)      NOT NULL,
    participant_id    CHAR(36)      NOT NULL,
    subject_kind      VARCHAR(16)   NOT NULL,
    subject_id        CHAR(36)      NOT NULL,
    subject_title     VARCHAR(200)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    planned_on        DATE          NOT NULL,
    assessor          VARCHAR(200),
    note              VARCHAR(1000),
    planned_by        CHAR(36)      NOT NULL,
    planned_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_completion_moment PRIMARY KEY (id),
    CONSTRAINT fk_completion_moment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_moment_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_moment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_completion_moment_participant ON completion_moment (tenant_id, course_id, participant_id, planned_at);

CREATE TABLE completion_outcome (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    moment_id         CHAR(36)      NOT NULL,
    outcome           VARCHAR(16)   NOT NULL,
    note              VARCHAR(1000),
    corrects_id       CHAR(36),
    reason            VARCHAR(500),
    recorded_by       CHAR(36)      NOT NULL,
    recorded_by_name  VARCHAR(200)  NOT NULL,
    recorded_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_completion_outcome PRIMARY KEY (id),
    CONSTRAINT uq_completion_outcome_corrects UNIQUE (corrects_id),
    CONSTRAINT fk_completion_outcome_moment FOREIGN KEY (moment_id) REFERENCES completion_moment (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_outcome_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_completion_outcome_moment ON completion_outcome (tenant_id, moment_id, recorded_at);
