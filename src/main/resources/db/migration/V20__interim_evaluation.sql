-- Interim evaluations (tussenevaluaties), issue 9 section 3. Runs unchanged on MySQL 8 / MariaDB 10.11 and on
-- H2 2.x in MySQL mode.
--
-- The rhythm the coach agreed with the participant for their plan in a course (every N weeks from a start day),
-- versioned: a change names the version it was made on (If-Match).
CREATE TABLE evaluation_schedule (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    version           INT           NOT NULL DEFAULT 1,
    course_id         CHAR(36)      NOT NULL,
    participant_id    CHAR(36)      NOT NULL,
    every_weeks       INT           NOT NULL,
    starts_on         DATE          NOT NULL,
    set_by            CHAR(36)      NOT NULL,
    set_at            DATETIME(3)   NOT NULL,
    CONSTRAINT pk_evaluation_schedule PRIMARY KEY (id),
    CONSTRAINT uq_evaluation_schedule UNIQUE (tenant_id, course_id, participant_id),
    CONSTRAINT fk_evaluation_schedule_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_schedule_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_schedule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- One interim evaluation per due day: the participant's reflection (three answers with pictograms and an optional
-- note, written once) and the coach's current feedback. Never deleted.
CREATE TABLE interim_evaluation (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    version           INT           NOT NULL DEFAULT 1,
    course_id         CHAR(36)      NOT NULL,
    participant_id    CHAR(36)      NOT NULL,
    due_on            DATE          NOT NULL,
    opened_at         DATETIME(3)   NOT NULL,
    work_answer       VARCHAR(16),
    learning_answer   VARCHAR(16),
    help_answer       VARCHAR(16),
    participant_note  VARCHAR(500),
    reflected_at      DATETIME(3),
    going_well        VARCHAR(1000),
    to_learn          VARCHAR(1000),
    feedback_by       CHAR(36),
    feedback_at       DATETIME(3),
    CONSTRAINT pk_interim_evaluation PRIMARY KEY (id),
    CONSTRAINT uq_interim_evaluation UNIQUE (tenant_id, course_id, participant_id, due_on),
    CONSTRAINT fk_interim_evaluation_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_interim_evaluation_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_interim_evaluation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Every version of the coach's feedback, append-only: a change is a new row with who and when.
CREATE TABLE interim_evaluation_feedback (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    evaluation_id     CHAR(36)      NOT NULL,
    coach_id          CHAR(36)      NOT NULL,
    written_at        DATETIME(3)   NOT NULL,
    going_well        VARCHAR(1000),
    to_learn          VARCHAR(1000),
    CONSTRAINT pk_interim_evaluation_feedback PRIMARY KEY (id),
    CONSTRAINT fk_interim_evaluation_feedback_evaluation FOREIGN KEY (evaluation_id) REFERENCES interim_evaluation (id) ON DELETE CASCADE,
    CONSTRAINT fk_interim_evaluation_feedback_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_interim_evaluation_feedback ON interim_evaluation_feedback (evaluation_id, written_at);
