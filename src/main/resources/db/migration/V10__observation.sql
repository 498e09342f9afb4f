-- Workplace observation (issue 9, section 1): a coach observes a participant against the behavioural
-- indicators of competencies of a published framework version at a level A/B/C, in at least two named work
-- situations over an observation period, and concludes per competency whether the level was reached.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- The framework version, its competencies and indicators are referred to by row id / key without foreign keys
-- (they belong to another feature; a published version never changes). A linked plan goal likewise.

CREATE TABLE observation (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    version                 INT           NOT NULL DEFAULT 1,
    course_id               CHAR(36)      NOT NULL,
    participant_id          CHAR(36)      NOT NULL,
    framework_version_id    CHAR(36)      NOT NULL,
    level                   CHAR(1)       NOT NULL,
    goal_id                 CHAR(36),
    lead_observer_id        CHAR(36)      NOT NULL,
    second_observer_id      CHAR(36),
    status                  VARCHAR(16)   NOT NULL,
    starts_on               DATE          NOT NULL,
    ends_on                 DATE          NOT NULL,
    started_at              DATETIME(3)   NOT NULL,
    guide_confirmed_at      DATETIME(3)   NOT NULL,
    concluded_at            DATETIME(3),
    concluded_by            CHAR(36),
    concluded_early         BOOLEAN       NOT NULL DEFAULT FALSE,
    concluded_incomplete    BOOLEAN       NOT NULL DEFAULT FALSE,
    conclusion_reason       VARCHAR(1000),
    feedback_good           VARCHAR(1000),
    feedback_next           VARCHAR(1000),
    CONSTRAINT pk_observation PRIMARY KEY (id),
    CONSTRAINT fk_observation_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_observation_participant ON observation (tenant_id, course_id, participant_id, started_at);

-- The competencies observed, in the framework's order, with the conclusion per competency once concluded.
CREATE TABLE observation_competency (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    observation_id          CHAR(36)      NOT NULL,
    sort_order              INT           NOT NULL,
    competency_key          CHAR(36)      NOT NULL,
    competency_title        VARCHAR(2000)  NOT NULL,
    reached                 BOOLEAN,
    indicators_reached      INT,
    indicators_total        INT,
    CONSTRAINT pk_observation_competency PRIMARY KEY (id),
    CONSTRAINT uq_observation_competency UNIQUE (observation_id, competency_key),
    CONSTRAINT fk_observation_competency_observation FOREIGN KEY (observation_id) REFERENCES observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_competency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- The behavioural indicators observed (fixed at the start), in the framework's order.
CREATE TABLE observation_indicator (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    observation_id          CHAR(36)      NOT NULL,
    sort_order              INT           NOT NULL,
    indicator_id            CHAR(36)      NOT NULL,
    competency_key          CHAR(36)      NOT NULL,
    CONSTRAINT pk_observation_indicator PRIMARY KEY (id),
    CONSTRAINT uq_observation_indicator UNIQUE (observation_id, indicator_id),
    CONSTRAINT fk_observation_indicator_observation FOREIGN KEY (observation_id) REFERENCES observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_indicator_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- The work situations the coach names ("inpakken lijn 2", "magazijn"); at least two, more may be added.
CREATE TABLE observation_situation (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    observation_id          CHAR(36)      NOT NULL,
    sort_order              INT           NOT NULL,
    name                    VARCHAR(80)   NOT NULL,
    added_by                CHAR(36)      NOT NULL,
    added_at                DATETIME(3)   NOT NULL,
    CONSTRAINT pk_observation_situation PRIMARY KEY (id),
    CONSTRAINT uq_observation_situation UNIQUE (observation_id, sort_order),
    CONSTRAINT fk_observation_situation_observation FOREIGN KEY (observation_id) REFERENCES observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_situation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Scores, append-only: one row per entry, never updated or deleted. A score is 1-5 on the framework's scale,
-- or NULL with not_seen = TRUE ("niet gezien / geef een opdracht"). A correction is a new row naming the entry
-- it corrects (corrects_id) and why (reason); the current score of an observer for an indicator in a situation
-- is the entry no other entry corrects.
CREATE TABLE observation_score (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    observation_id          CHAR(36)      NOT NULL,
    indicator_id            CHAR(36)      NOT NULL,
    situation_id            CHAR(36)      NOT NULL,
    observer_id             CHAR(36)      NOT NULL,
    score                   INT,
    not_seen                BOOLEAN       NOT NULL DEFAULT FALSE,
    note                    VARCHAR(500),
    recorded_at             DATETIME(3)   NOT NULL,
    corrects_id             CHAR(36),
    reason                  VARCHAR(500),
    CONSTRAINT pk_observation_score PRIMARY KEY (id),
    CONSTRAINT uq_observation_score_corrects UNIQUE (corrects_id),
    CONSTRAINT fk_observation_score_observation FOREIGN KEY (observation_id) REFERENCES observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_score_situation FOREIGN KEY (situation_id) REFERENCES observation_situation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_score_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_observation_score_observation ON observation_score (observation_id, recorded_at);
CREATE INDEX ix_observation_score_observer ON observation_score (tenant_id, observer_id);

-- Results obtained elsewhere (a training completed, a test, a practical exam), recorded by a coach.
CREATE TABLE offline_result (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    course_id               CHAR(36)      NOT NULL,
    participant_id          CHAR(36)      NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    achieved_on             DATE          NOT NULL,
    competency_key          CHAR(36)      NOT NULL,
    competency_title        VARCHAR(2000)  NOT NULL,
    level                   CHAR(1)       NOT NULL,
    note                    VARCHAR(500),
    recorded_by             CHAR(36)      NOT NULL,
    recorded_at             DATETIME(3)   NOT NULL,
    CONSTRAINT pk_offline_result PRIMARY KEY (id),
    CONSTRAINT fk_offline_result_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_offline_result_participant FOREIGN KEY (participant_id) REFERENCES lms_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_offline_result_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_offline_result_participant ON offline_result (tenant_id, course_id, participant_id, achieved_on);
