-- Route progress for the LMS gradebook (issue 9 section 4): a goal made from a step of the participant's route
-- ("Maak een plan van deze route") remembers that step, so "steps done of the route" (steps whose goal the coach
-- marked achieved) can be counted and sent to the route's gradebook column. NULL for goals not made from a route step.
-- Goals made from a route before this migration are linked to the step of the participant's active route in the same
-- course with the same title, competency and level (what the route-to-plan mapping copied).
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

ALTER TABLE plan_goal ADD COLUMN route_step_id CHAR(36);

UPDATE plan_goal SET route_step_id = (
    SELECT MIN(s.id) FROM route_step s
    JOIN route r ON r.id = s.route_id
    JOIN plan p ON p.course_id = r.course_id AND p.participant_id = r.participant_id AND p.tenant_id = r.tenant_id
    WHERE p.id = plan_goal.plan_id AND r.active_key IS NOT NULL AND s.title = plan_goal.title
      AND s.competency_key = plan_goal.competency_key AND s.step_level = plan_goal.target_level)
WHERE route_step_id IS NULL AND competency_key IS NOT NULL;
