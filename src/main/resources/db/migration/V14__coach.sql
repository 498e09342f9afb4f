-- Issue 8, the coach's everyday screens. Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

-- §6: accepting intake suggestions twice must not duplicate goals. A goal made from a suggestion remembers
-- which one (its competency key and level, "key/A"); a plan holds each at most once — also when two
-- acceptances race on different nodes. Goals a coach sets by hand leave it null (NULLs never collide).
ALTER TABLE plan_goal ADD COLUMN suggested_as VARCHAR(40);
ALTER TABLE plan_goal ADD CONSTRAINT uq_plan_goal_suggested UNIQUE (plan_id, suggested_as);

-- §7: when a coach last looked at a participant's page, so notes and photos after it are "new" to them.
CREATE TABLE coach_visit (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    course_id         CHAR(36)      NOT NULL,
    coach_id          CHAR(36)      NOT NULL,
    participant_id    CHAR(36)      NOT NULL,
    looked_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_coach_visit PRIMARY KEY (id),
    CONSTRAINT uq_coach_visit UNIQUE (tenant_id, course_id, coach_id, participant_id),
    CONSTRAINT fk_coach_visit_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_coach_visit_coach FOREIGN KEY (coach_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_coach_visit_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_coach_visit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- §7: after a coach reopens an intake the participant reads why (until they hand it in again).
ALTER TABLE intake ADD COLUMN reopened_at DATETIME(3);
ALTER TABLE intake ADD COLUMN reopen_reason VARCHAR(500);
