package nl.groeipad.intake.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: intakes valid by default. */
final class IntakeFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private IntakeFixtures() {
    }

    /** An intake in progress with {@code count} questions: indicator ids i1…, two per competency c1, c2, … */
    static Intake inProgress(int count) {
        var refs = new ArrayList<Intake.QuestionRef>();
        for (int i = 1; i <= count; i++) {
            refs.add(new Intake.QuestionRef("i" + i, "c" + ((i + 1) / 2)));
        }
        return new Intake("course-1", "participant-1", "framework-v1", "coach-1", List.copyOf(refs), NOW);
    }

    static Intake allAnswered(int count, SelfAssessment answer) {
        var intake = inProgress(count);
        for (int i = 1; i <= count; i++) {
            intake.answer("i" + i, answer, NOW);
        }
        return intake;
    }
}
