-- Issue 9 §2, "works offline on the floor": every score a coach records carries an idempotency key (a UUID the
-- browser made when the coach tapped, kept in its offline queue). A replayed key answers the entry stored the
-- first time and never adds a second one; the unique key settles two replays racing each other.
ALTER TABLE observation_score ADD COLUMN idempotency_key CHAR(36);
CREATE UNIQUE INDEX uq_observation_score_key ON observation_score (tenant_id, idempotency_key);
