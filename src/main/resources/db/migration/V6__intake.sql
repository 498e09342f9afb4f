-- Intake (issue 3, section 4): the participant's self-assessment over the behavioural indicators of one
-- framework version ("Dit kan ik al / een beetje / nog niet"), and the coach's intake observation (a score
-- 1-5 per indicator with a short note), kept apart from the self-assessment.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- The framework version, its indicators and competencies are referred to by row id / key without foreign
-- keys: frameworks belong to another feature and a published version never changes, so an intake keeps
-- reading exactly the questions it was started with.

CREATE TABLE intake (
    id                    CHAR(36)      NOT NULL,
    tenant_id             CHAR(36)      NOT NULL,
    course_id             CHAR(36)      NOT NULL,
    participant_id        CHAR(36)      NOT NULL,
    framework_version_id  CHAR(36)      NOT NULL,
    started_by            CHAR(36)      NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    started_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    completed_at          DATETIME(3),
    accepted_at           DATETIME(3),
    CONSTRAINT pk_intake PRIMARY KEY (id),
    CONSTRAINT fk_intake_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_intake_participant ON intake (tenant_id, course_id, participant_id, started_at);

-- One row per question: the indicator asked about, in the order asked, and the participant's answer
-- (null until answered).
CREATE TABLE intake_question (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    intake_id         CHAR(36)      NOT NULL,
    sort_order        INT           NOT NULL,
    indicator_id      CHAR(36)      NOT NULL,
    competency_key    CHAR(36)      NOT NULL,
    answer            VARCHAR(16),
    answered_at       DATETIME(3),
    CONSTRAINT pk_intake_question PRIMARY KEY (id),
    CONSTRAINT uq_intake_question UNIQUE (intake_id, indicator_id),
    CONSTRAINT fk_intake_question_intake FOREIGN KEY (intake_id) REFERENCES intake (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_question_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- The coach's observation at intake: per indicator a score on the framework's 1-5 scale and a short note.
CREATE TABLE intake_observation (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    intake_id         CHAR(36)      NOT NULL,
    indicator_id      CHAR(36)      NOT NULL,
    competency_key    CHAR(36)      NOT NULL,
    score             INT           NOT NULL,
    note              VARCHAR(500),
    observed_by       CHAR(36)      NOT NULL,
    observed_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_intake_observation PRIMARY KEY (id),
    CONSTRAINT uq_intake_observation UNIQUE (intake_id, indicator_id),
    CONSTRAINT fk_intake_observation_intake FOREIGN KEY (intake_id) REFERENCES intake (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_observation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
