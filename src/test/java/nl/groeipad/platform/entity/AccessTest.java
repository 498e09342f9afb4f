package nl.groeipad.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.util.UUID;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.Access.Verdict;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.Problems.Forbidden;
import nl.groeipad.platform.entity.Problems.NotFound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The table of who may do what: for something of participant P in course C, every role in every relation to it,
 * for every kind of work. ✓ allowed, 403 forbidden (the role may never do this), 404 as if it did not exist.
 */
class AccessTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID().toString());
    static final CourseId C = CourseId.of("course-c");
    static final CourseId OTHER_COURSE = CourseId.of("course-d");
    static final UserId P = UserId.of("participant-p");
    static final Owner OWNER = new Owner(C, P);

    enum Relation {
        /** launched from course C */
        OF_THE_COURSE,
        /** launched from another course of the organisation */
        OF_ANOTHER_COURSE,
        /** P, launched from C */
        THEMSELVES,
        /** another participant of C */
        ANOTHER_OF_THE_COURSE,
        /** P, but launched from another course */
        THEMSELVES_IN_ANOTHER_COURSE,
        /** launched from outside any course */
        WITHOUT_COURSE
    }

    @ParameterizedTest(name = "{0} {1}: read {2}, coach {3}, own {4}, organisation {5}, administration {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # role      | relation to P in C           | READ | COACH | OWN | ORGANISATION | ADMINISTRATION
            COACH       | OF_THE_COURSE                | ✓    | ✓     | 403 | ✓            | 403
            COACH       | OF_ANOTHER_COURSE            | 404  | 404   | 403 | ✓            | 403
            COACH       | WITHOUT_COURSE               | 404  | 404   | 403 | ✓            | 403
            ADMIN       | OF_THE_COURSE                | ✓    | ✓     | 403 | ✓            | ✓
            ADMIN       | OF_ANOTHER_COURSE            | 404  | 404   | 403 | ✓            | ✓
            PARTICIPANT | THEMSELVES                   | ✓    | 403   | ✓   | 403          | 403
            PARTICIPANT | ANOTHER_OF_THE_COURSE        | 404  | 403   | 404 | 403          | 403
            PARTICIPANT | THEMSELVES_IN_ANOTHER_COURSE | 404  | 403   | 404 | 403          | 403
            PARTICIPANT | OF_ANOTHER_COURSE            | 404  | 403   | 404 | 403          | 403
            PARTICIPANT | WITHOUT_COURSE               | 404  | 403   | 404 | 403          | 403
            """)
    void whoMayDoWhat(Role role, Relation relation, String read, String coach, String own, String organisation,
                      String administration) {
        var session = session(role, relation);

        assertThat(Access.decide(session, Work.READ, OWNER)).isEqualTo(verdict(read));
        assertThat(Access.decide(session, Work.COACH, OWNER)).isEqualTo(verdict(coach));
        assertThat(Access.decide(session, Work.OWN, OWNER)).isEqualTo(verdict(own));
        assertThat(Access.decide(session, Work.ORGANISATION, null)).isEqualTo(verdict(organisation));
        assertThat(Access.decide(session, Work.ADMINISTRATION, null)).isEqualTo(verdict(administration));
    }

    @Test
    void aCoachDoesCoachWorkOnTheCourseItselfOnlyInTheirOwnCourse() {
        assertThat(Access.decide(session(Role.COACH, Relation.OF_THE_COURSE), Work.COACH, Owner.course(C)))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(Access.decide(session(Role.COACH, Relation.OF_ANOTHER_COURSE), Work.COACH, Owner.course(C)))
                .isEqualTo(Verdict.UNKNOWN);
        assertThat(Access.decide(session(Role.PARTICIPANT, Relation.THEMSELVES), Work.COACH, Owner.course(C)))
                .isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void theRoleIsCheckedBeforeAnythingIsLookedUp() {
        var participant = session(Role.PARTICIPANT, Relation.THEMSELVES);
        var coach = session(Role.COACH, Relation.OF_ANOTHER_COURSE);

        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> Access.requireRole(participant, Work.COACH));
        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> Access.requireRole(coach, Work.OWN));
        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> Access.requireRole(coach, Work.ADMINISTRATION));
        assertThatNoException().isThrownBy(() -> Access.requireRole(coach, Work.COACH)); // where: decided later
        assertThatNoException().isThrownBy(() -> Access.requireRole(participant, Work.OWN));
        assertThatNoException().isThrownBy(() -> Access.requireRole(participant, Work.READ));
    }

    @Test
    void aRefusalNamesWhatWasNotFoundOrWhyItIsForbiddenInBothLanguages() {
        var task = Text.of("deze taak", "this task");

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> Access.require(session(Role.COACH, Relation.OF_ANOTHER_COURSE), Work.COACH, OWNER, task))
                .satisfies(e -> {
                    assertThat(e.text().nl()).isEqualTo("Deze taak is niet gevonden.");
                    assertThat(e.text().en()).isEqualTo("This task was not found.");
                });
        assertThatExceptionOfType(Forbidden.class)
                .isThrownBy(() -> Access.require(session(Role.COACH, Relation.OF_THE_COURSE), Work.OWN, OWNER, task))
                .satisfies(e -> assertThat(e.text().nl()).startsWith("Dit doet de deelnemer zelf"));
        assertThatExceptionOfType(Forbidden.class)
                .isThrownBy(() -> Access.require(session(Role.PARTICIPANT, Relation.THEMSELVES), Work.COACH, OWNER, task))
                .satisfies(e -> assertThat(e.text().nl()).isEqualTo("Dit mag je niet doen met jouw rol."));
    }

    static Session session(Role role, Relation relation) {
        var course = switch (relation) {
            case OF_THE_COURSE, THEMSELVES, ANOTHER_OF_THE_COURSE -> C.value();
            case OF_ANOTHER_COURSE, THEMSELVES_IN_ANOTHER_COURSE -> OTHER_COURSE.value();
            case WITHOUT_COURSE -> null;
        };
        var user = switch (relation) {
            case THEMSELVES, THEMSELVES_IN_ANOTHER_COURSE -> P.value();
            default -> "someone-else";
        };
        return new Session(TENANT, user, role, course, "nl", Instant.parse("2026-12-01T09:00:00Z"));
    }

    static Verdict verdict(String cell) {
        return switch (cell) {
            case "✓" -> Verdict.ALLOWED;
            case "403" -> Verdict.FORBIDDEN;
            case "404" -> Verdict.UNKNOWN;
            default -> throw new IllegalArgumentException(cell);
        };
    }
}
