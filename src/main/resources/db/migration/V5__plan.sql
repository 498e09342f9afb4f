-- Plan van aanpak (PvA): a participant's development plan in one course, its small intermediate goals
-- (tussendoelen) and the day tasks (acties) of the "Vandaag" task board, with the participant's ticks,
-- notes and photos. Competencies and catalogue items are referred to by id/key plus a copied title, without
-- foreign keys, so plans keep their wording when a framework or catalogue changes.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

CREATE TABLE plan (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    course_id         CHAR(36)      NOT NULL,
    participant_id    CHAR(36)      NOT NULL,
    created_by        CHAR(36)      NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    last_activity_at  DATETIME(3),
    CONSTRAINT pk_plan PRIMARY KEY (id),
    CONSTRAINT uq_plan_participant UNIQUE (tenant_id, course_id, participant_id),
    CONSTRAINT fk_plan_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_plan_course_participant ON plan (tenant_id, course_id, participant_id);

CREATE TABLE plan_goal (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    plan_id           CHAR(36)      NOT NULL,
    sort_order        INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    competency_key    CHAR(36),
    competency_title  VARCHAR(300),
    target_level      VARCHAR(1),
    due_on            DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    achieved_at       DATETIME(3),
    achieved_by       CHAR(36),
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_plan_goal PRIMARY KEY (id),
    CONSTRAINT fk_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_goal_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_plan_goal_plan ON plan_goal (plan_id, sort_order);

CREATE TABLE plan_task (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    plan_id           CHAR(36)      NOT NULL,
    goal_id           CHAR(36)      NOT NULL,
    sort_order        INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    catalogue_item_id CHAR(36),
    item_title        VARCHAR(300),
    item_url          VARCHAR(1000),
    planned_on        DATE          NOT NULL,
    done_at           DATETIME(3),
    done_by           CHAR(36),
    note              VARCHAR(500),
    note_at           DATETIME(3),
    photo_type        VARCHAR(20),
    photo_at          DATETIME(3),
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_plan_task PRIMARY KEY (id),
    CONSTRAINT fk_plan_task_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
-- The task board and the coach's overview ask per plan for open tasks by day.
CREATE INDEX ix_plan_task_plan_day ON plan_task (plan_id, done_at, planned_on);
CREATE INDEX ix_plan_task_goal ON plan_task (goal_id, sort_order);

-- A task's photo in a table of its own, so lists of tasks never read image bytes.
CREATE TABLE plan_task_photo (
    task_id           CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    media_type        VARCHAR(20)   NOT NULL,
    content           MEDIUMBLOB    NOT NULL,
    uploaded_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_plan_task_photo PRIMARY KEY (task_id),
    CONSTRAINT fk_plan_task_photo_task FOREIGN KEY (task_id) REFERENCES plan_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_task_photo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
