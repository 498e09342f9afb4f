package nl.groeipad.intake.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.FrameworkDetails.CompetencyDetails;
import nl.groeipad.competency.control.FrameworkDetails.IndicatorDetails;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.intake.entity.Intake;
import nl.groeipad.intake.entity.IntakeObservation;
import nl.groeipad.intake.entity.IntakeQuestion;
import nl.groeipad.intake.entity.QuestionWording;
import nl.groeipad.intake.entity.SelfAssessment;
import nl.groeipad.platform.entity.Versioned;

/**
 * How an intake is shown: to the participant (the questions in their words and their own answers) and to the
 * coach (answers next to the observation, and the suggestions). Snapshots for JSON-B.
 */
public final class IntakeViews {

    private IntakeViews() {
    }

    /** The framework version an intake asks about. */
    public record FrameworkRef(String id, String key, int version, String title, String language) {
        static FrameworkRef of(FrameworkDetails f) {
            return new FrameworkRef(f.id(), f.key(), f.version(), f.title(), f.language());
        }
    }

    /**
     * The participant's intake.
     *
     * @param next the number (1-based) of the first unanswered question, where a paused intake goes on; null when
     *             every question is answered
     * @param reopenReason why the coach opened the intake again (while the participant works on it again), or null
     */
    public record IntakeView(String id, int version, String status, FrameworkRef framework, Instant startedAt,
                             Instant completedAt, int total, int answered, Integer next, List<QuestionView> questions,
                             String reopenReason)
            implements Versioned {

        /** No intake yet: an empty state with status "none" (200, no id, no questions), not an error. */
        public static IntakeView none() {
            return new IntakeView(null, 0, "none", null, null, null, 0, 0, null, List.of(), null);
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    /**
     * One question as the participant reads it.
     *
     * @param question the behaviour as a question for the participant ("Vraag jij op tijd om hulp?")
     * @param example  the level A behaviour as a concrete example in the second person, or null
     * @param answer   {@code already}, {@code a-little}, {@code not-yet}, or null when not answered yet
     */
    public record QuestionView(int number, String indicatorId, String competencyKey, String competencyTitle,
                               String question, String example, String description, String answer) {
    }

    /** The intake as the coach sees it: every behaviour with the participant's answer and the observation. */
    public record CoachIntakeView(String id, int version, String participantId, String status, FrameworkRef framework,
                                  List<String> scale, Instant startedAt, String startedBy, Instant completedAt,
                                  Instant acceptedAt, int total, int answered, List<CoachQuestionView> questions,
                                  SuggestionsView suggestions, Instant reopenedAt, String reopenReason) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record CoachQuestionView(int number, String indicatorId, String competencyKey, String competencyTitle,
                                    String code, String description, String levelA, String levelB, String levelC,
                                    String answer, ObservationView observation) {
    }

    /** The coach's score 1–5 with its label, and the note. */
    public record ObservationView(int score, String label, String note, Instant observedAt) {
        static ObservationView of(IntakeObservation o, ScaleLabels scale) {
            return new ObservationView(o.score().value(), o.score().labelIn(scale), o.note(), o.observedAt());
        }
    }

    /** One line of the coach's intake list. */
    public record IntakeSummary(String id, int version, String status, FrameworkRef framework, Instant startedAt,
                                Instant completedAt, Instant acceptedAt, int total, int answered) {
    }

    /** At most three competencies to start with, and a friendly note when there is nothing (else) to suggest. */
    public record SuggestionsView(List<FocusView> focus, String note) {
    }

    /** @param reason one sentence starting with "omdat" */
    public record FocusView(String competencyKey, String competencyTitle, String level, String reason,
                            boolean consolidation, List<MaterialView> items) {
    }

    public record MaterialView(String id, String title, String kind, Integer durationMinutes, String url, String reason) {
    }

    // ---- building ------------------------------------------------------------------------------------------------

    /** Indicators and their competencies of a framework version, by indicator row id. */
    record Lookup(FrameworkDetails framework, Map<String, IndicatorDetails> indicators,
                  Map<String, CompetencyDetails> competencyOf) {
        static Lookup of(FrameworkDetails framework) {
            var indicators = new HashMap<String, IndicatorDetails>();
            var competencyOf = new HashMap<String, CompetencyDetails>();
            for (var c : framework.competencies()) {
                for (var i : c.indicators()) {
                    indicators.put(i.id(), i);
                    competencyOf.put(i.id(), c);
                }
            }
            return new Lookup(framework, indicators, competencyOf);
        }

        ScaleLabels scale() {
            return new ScaleLabels(framework.scale());
        }
    }

    static IntakeView participantView(Intake intake, Lookup lookup) {
        var language = lookup.framework().language();
        var questions = intake.questions().stream().map(q -> {
            var indicator = lookup.indicators().get(q.indicatorId());
            var competency = lookup.competencyOf().get(q.indicatorId());
            var description = indicator == null ? "" : indicator.description();
            return new QuestionView(q.position() + 1, q.indicatorId(), q.competencyKey(),
                    competency == null ? null : competency.title(),
                    QuestionWording.question(description, language),
                    indicator == null ? null : QuestionWording.example(indicator.levelA(), language),
                    description, answer(q));
        }).toList();
        return new IntakeView(intake.id(), intake.version(), intake.status().json(), FrameworkRef.of(lookup.framework()),
                intake.startedAt(), intake.completedAt(), questions.size(), (int) intake.answered(),
                intake.nextQuestion().map(p -> p + 1).orElse(null), questions, intake.reopenReason().orElse(null));
    }

    static CoachIntakeView coachView(Intake intake, Lookup lookup, SuggestionsView suggestions) {
        var scale = lookup.scale();
        var questions = intake.questions().stream().map(q -> {
            var indicator = lookup.indicators().get(q.indicatorId());
            var competency = lookup.competencyOf().get(q.indicatorId());
            return new CoachQuestionView(q.position() + 1, q.indicatorId(), q.competencyKey(),
                    competency == null ? null : competency.title(),
                    indicator == null ? null : indicator.code(),
                    indicator == null ? null : indicator.description(),
                    indicator == null ? null : indicator.levelA(),
                    indicator == null ? null : indicator.levelB(),
                    indicator == null ? null : indicator.levelC(),
                    answer(q),
                    intake.observationOf(q.indicatorId()).map(o -> ObservationView.of(o, scale)).orElse(null));
        }).toList();
        return new CoachIntakeView(intake.id(), intake.version(), intake.participantId(), intake.status().json(),
                FrameworkRef.of(lookup.framework()), lookup.framework().scale(), intake.startedAt(), intake.startedBy(),
                intake.completedAt(), intake.acceptedAt(), questions.size(), (int) intake.answered(), questions,
                suggestions, intake.reopenedAt().orElse(null), intake.reopenReason().orElse(null));
    }

    static IntakeSummary summary(Intake intake, FrameworkRef framework) {
        return new IntakeSummary(intake.id(), intake.version(), intake.status().json(), framework, intake.startedAt(),
                intake.completedAt(), intake.acceptedAt(), intake.questions().size(), (int) intake.answered());
    }

    private static String answer(IntakeQuestion q) {
        return q.answer().map(SelfAssessment::code).orElse(null);
    }
}
