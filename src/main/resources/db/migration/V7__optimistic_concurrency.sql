-- No silent lost updates (issue 6 §2). Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- 1. Every aggregate two people can edit gets a version, raised by JPA (@Version) with every change and
--    checked against the client's If-Match: plan (and its goals and tasks), route, competency framework
--    (its column is "revision": "version_number" already names the framework's published versions),
--    catalogue item, intake and tenant (the platform registration).
-- 2. Positions in ordered lists become unique per parent, so two writers can never store the same position;
--    the application assigns them one writer at a time under the aggregate's row lock. Lists that already
--    hold duplicates (concurrent additions before this version) are renumbered first, keeping their order
--    (position, then creation, then id). Competencies and groups outside any group have a NULL parent key,
--    which a unique index does not compare: for those only the aggregate's lock keeps positions apart.

ALTER TABLE plan ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE plan_goal ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE plan_task ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE route ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE competency_framework ADD COLUMN revision INT NOT NULL DEFAULT 1;
ALTER TABLE catalogue_item ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE intake ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE tenant ADD COLUMN version INT NOT NULL DEFAULT 1;

-- ---- renumber lists with duplicate positions (only those) ------------------------------------------------

CREATE TABLE v7_renumber (id CHAR(36) NOT NULL, new_order INT NOT NULL);
CREATE INDEX ix_v7_renumber ON v7_renumber (id);

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY plan_id ORDER BY sort_order, created_at, id) - 1
FROM plan_goal WHERE plan_id IN (SELECT plan_id FROM plan_goal GROUP BY plan_id, sort_order HAVING COUNT(*) > 1);
UPDATE plan_goal SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = plan_goal.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY goal_id ORDER BY sort_order, created_at, id) - 1
FROM plan_task WHERE goal_id IN (SELECT goal_id FROM plan_task GROUP BY goal_id, sort_order HAVING COUNT(*) > 1);
UPDATE plan_task SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = plan_task.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY route_id ORDER BY sort_order, id) - 1
FROM route_step WHERE route_id IN (SELECT route_id FROM route_step GROUP BY route_id, sort_order HAVING COUNT(*) > 1);
UPDATE route_step SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = route_step.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY route_id ORDER BY sort_order, id) - 1
FROM route_target WHERE route_id IN (SELECT route_id FROM route_target GROUP BY route_id, sort_order HAVING COUNT(*) > 1);
UPDATE route_target SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = route_target.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY step_id ORDER BY sort_order, id) - 1
FROM route_step_item WHERE step_id IN (SELECT step_id FROM route_step_item GROUP BY step_id, sort_order HAVING COUNT(*) > 1);
UPDATE route_step_item SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = route_step_item.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY framework_id, group_key ORDER BY sort_order, id) - 1
FROM competency WHERE framework_id IN (SELECT framework_id FROM competency GROUP BY framework_id, group_key, sort_order HAVING COUNT(*) > 1);
UPDATE competency SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = competency.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY framework_id, parent_key ORDER BY sort_order, id) - 1
FROM competency_group WHERE framework_id IN (SELECT framework_id FROM competency_group GROUP BY framework_id, parent_key, sort_order HAVING COUNT(*) > 1);
UPDATE competency_group SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = competency_group.id)
WHERE id IN (SELECT id FROM v7_renumber);
DELETE FROM v7_renumber;

INSERT INTO v7_renumber (id, new_order)
SELECT id, ROW_NUMBER() OVER (PARTITION BY competency_id ORDER BY sort_order, id) - 1
FROM behavioural_indicator WHERE competency_id IN (SELECT competency_id FROM behavioural_indicator GROUP BY competency_id, sort_order HAVING COUNT(*) > 1);
UPDATE behavioural_indicator SET sort_order = (SELECT r.new_order FROM v7_renumber r WHERE r.id = behavioural_indicator.id)
WHERE id IN (SELECT id FROM v7_renumber);

DROP TABLE v7_renumber;

-- ---- one position per parent ----------------------------------------------------------------------------

ALTER TABLE plan_goal ADD CONSTRAINT uq_plan_goal_position UNIQUE (plan_id, sort_order);
ALTER TABLE plan_task ADD CONSTRAINT uq_plan_task_position UNIQUE (goal_id, sort_order);
ALTER TABLE route_step ADD CONSTRAINT uq_route_step_position UNIQUE (route_id, sort_order);
ALTER TABLE route_target ADD CONSTRAINT uq_route_target_position UNIQUE (route_id, sort_order);
ALTER TABLE route_step_item ADD CONSTRAINT uq_route_step_item_position UNIQUE (step_id, sort_order);
ALTER TABLE competency ADD CONSTRAINT uq_competency_position UNIQUE (framework_id, group_key, sort_order);
ALTER TABLE competency_group ADD CONSTRAINT uq_competency_group_position UNIQUE (framework_id, parent_key, sort_order);
ALTER TABLE behavioural_indicator ADD CONSTRAINT uq_indicator_position UNIQUE (competency_id, sort_order);
