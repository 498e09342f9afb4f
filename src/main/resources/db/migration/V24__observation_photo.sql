-- Issue 9 §1/§2: evidence photos of an observation. A photo belongs to one work situation of the observation and,
-- optionally, to one behavioural indicator (the cell a score is recorded in), not to one score entry: score entries
-- are append-only and a correction is a new entry, so a photo tied to an entry would drop out of view after a
-- correction, and a photo taken offline cannot know the id of a score that is itself still waiting in the queue.
-- Same rules as task photos (JPEG, PNG or WebP of at most 2 MB, checked by their first bytes); the bytes live in
-- the database like plan_task_photo, so every node serves them and a backup holds them. Append-only like scores.
-- idempotency_key: the UUID the coach's device made when the photo was taken (offline queue); a replay answers the
-- photo stored the first time, the unique key settles two replays racing each other.
CREATE TABLE observation_photo (
    id                      CHAR(36)      NOT NULL,
    tenant_id               CHAR(36)      NOT NULL,
    observation_id          CHAR(36)      NOT NULL,
    situation_id            CHAR(36)      NOT NULL,
    indicator_id            CHAR(36),
    observer_id             CHAR(36)      NOT NULL,
    media_type              VARCHAR(20)   NOT NULL,
    byte_size               INT           NOT NULL,
    sha256                  CHAR(64)      NOT NULL,
    content                 MEDIUMBLOB    NOT NULL,
    taken_at                DATETIME(3)   NOT NULL,
    idempotency_key         CHAR(36),
    CONSTRAINT pk_observation_photo PRIMARY KEY (id),
    CONSTRAINT fk_observation_photo_observation FOREIGN KEY (observation_id) REFERENCES observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_photo_situation FOREIGN KEY (situation_id) REFERENCES observation_situation (id) ON DELETE CASCADE,
    CONSTRAINT fk_observation_photo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_observation_photo_observation ON observation_photo (observation_id, taken_at);
CREATE UNIQUE INDEX uq_observation_photo_key ON observation_photo (tenant_id, idempotency_key);
