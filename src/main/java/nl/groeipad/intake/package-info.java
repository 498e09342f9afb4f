/**
 * Intake: "Wat kan ik al?" — the participant's self-assessment at the start, the coach's observation next to
 * it, and suggestions of what to work on first.
 *
 * <p>An {@link nl.groeipad.intake.entity.Intake} asks, one behaviour at a time, about the behavioural indicators
 * of one published framework version (by default the demo framework "Werknemersvaardigheden (WPO-stijl)",
 * optionally a subset of its competencies). The participant answers "Dit kan ik al / een beetje / nog niet"
 * ({@link nl.groeipad.intake.entity.SelfAssessment}), may pause and resume at the first unanswered question,
 * and completes it when everything is answered; after that only the coach can reopen it. The coach records an
 * observation per indicator (a score 1–5 on the framework's scale, with a short note), stored apart from the
 * participant's answers. {@link nl.groeipad.intake.entity.SuggestionRules} turns both into at most three
 * competencies with a level A/B/C and fitting catalogue items, each explained in one sentence starting with
 * "omdat"; the coach accepts or changes them and they become goals of the plan.
 *
 * <p>Who: a participant only ever reaches their own intake (through {@code /api/v1/me/intake}); a coach or admin
 * the intakes of participants of the course they launched from. A participant trying the coach's part gets 403,
 * a coach on the participant's part too; anyone else 404 ({@code people.control.CourseAccess}).
 *
 * <p>Depends on {@code competency} (framework versions, levels, scores), {@code catalogue} (material),
 * {@code people} (who takes part in which course) and {@code plan} (accepted suggestions become goals and
 * tasks through {@code Plans}), each through its control. See docs/intake.md.
 */
package nl.groeipad.intake;
