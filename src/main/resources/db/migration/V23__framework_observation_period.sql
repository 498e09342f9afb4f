-- Issue 9 §1: "the observation period (default 21 days; the default is a setting of the framework version)".
-- Every framework version carries the number of days an observation on it runs unless the coach chooses
-- otherwise (1 to 365, checked in competency.entity.Framework). Existing versions keep the former default, 21.
ALTER TABLE competency_framework ADD COLUMN observation_period_days INT NOT NULL DEFAULT 21;

-- Issue 9 §6 (the coach's participant list and "Wie heeft aandacht nodig" for 1,000 participants with 20
-- observations each): the open observations of a course whose period ends soon are found from the course's
-- open rows, not from all of its observations.
CREATE INDEX ix_observation_open_ending ON observation (tenant_id, course_id, status, ends_on, participant_id);
