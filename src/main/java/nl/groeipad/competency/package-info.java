/**
 * Competency frameworks: the shared, "universal" competency language every route, plan and observation speaks.
 *
 * <p>A framework (e.g. "Werknemersvaardigheden (WPO-stijl)") holds competencies, optionally grouped, and each
 * competency holds behavioural indicators (gedragsindicatoren) with a description per development level
 * {@link nl.groeipad.competency.entity.Level A, B and C} (C meets the mbo-Entree standard). Indicators are scored
 * on a 1–5 {@link nl.groeipad.competency.entity.Score scale} whose labels the framework defines.
 *
 * <p>Frameworks are tenant-owned and versioned: a version row is DRAFT, then PUBLISHED, then SUPERSEDED when its
 * successor is published. Editing a published framework means starting a new draft, a full copy with the same
 * stable keys. Rows of a published version never change, so whatever scored or planned against a version keeps
 * pointing at exactly what it saw. Other features refer to a competency by its key and, where the version
 * matters, by the version id plus the competency or indicator row id; they use {@code control.Frameworks}.
 *
 * <p>Roles: coaches (begeleiders, also praktijkopleiders: "Instructor" in the LMS) and admins (beheerders) read
 * every version and create, edit, publish, import and export frameworks; the issue asks for an admin UI, but
 * in the LMS the training leads who maintain frameworks launch as instructors, so editing is not admin-only.
 * Participants (deelnemers) read published and superseded versions only and never edit.
 *
 * <p>Interchange: 1EdTech CASE 1.0 packages (import, export and the {@code /ims/case/v1p0} REST binding) and
 * Moodle's competency framework CSV ({@code tool_lpimportcsv}); see {@code docs/competency.md}. A fresh tenant
 * gets the starter framework from {@code frameworks/werknemersvaardigheden-wpo.json} when it is registered
 * ({@code StarterFrameworkImport}).
 */
package nl.groeipad.competency;
