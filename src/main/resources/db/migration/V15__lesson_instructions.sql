-- Starting a lesson from a task (issue 8, section 1): learning material may carry instructions, short steps in
-- plain words that a participant follows (or hears read aloud) when starting it from the task board.
-- One step per line, at most 12 steps of at most 300 characters (checked by ItemContent); null when none.
-- The global shared snapshot has the same column, so a shared copy keeps the steps.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.

ALTER TABLE catalogue_item ADD COLUMN instructions VARCHAR(4000);
ALTER TABLE shared_catalogue_item ADD COLUMN instructions VARCHAR(4000);
