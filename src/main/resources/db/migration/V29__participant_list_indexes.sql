-- Issue 9 §6 ("Wie heeft aandacht nodig" for 1,000 participants): the newest note and the newest photo of each plan
-- (plan.entity.Plan NEWEST_NOTES / NEWEST_PHOTOS, which select on note_at / photo_at: a task has a note_at exactly
-- when it has a note, a photo_at exactly when it has a photo) are read from these indexes, not from the task rows.
CREATE INDEX ix_plan_task_plan_note ON plan_task (plan_id, note_at);
CREATE INDEX ix_plan_task_plan_photo ON plan_task (plan_id, photo_at);
