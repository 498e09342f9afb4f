package nl.groeipad.lti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.groeipad.platform.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table in {@link LisRoles}: LIS roles of LTI 1.3 Core §A.2 to Groeipad roles; the strongest wins. */
class LisRolesTest {

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    static final String LEARNER = LIS + "membership#Learner";
    static final String INSTRUCTOR = LIS + "membership#Instructor";
    static final String SYSTEM_ADMINISTRATOR = LIS + "system/person#Administrator";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "system/person#Administrator,               ADMIN",
            "system/person#SysAdmin,                    ADMIN",
            "institution/person#Administrator,          ADMIN",
            "membership#Administrator,                  ADMIN",
            "membership#Instructor,                     COACH",
            "membership#ContentDeveloper,               COACH",
            "membership#Mentor,                         COACH",
            "membership/Instructor#TeachingAssistant,   COACH",
            "membership/Instructor#Grader,              COACH",
            "membership#Learner,                        PARTICIPANT",
            "membership/Learner#Learner,                PARTICIPANT",
            "institution/person#Student,                PARTICIPANT",
            "institution/person#Guest,                  PARTICIPANT",
            "system/person#User,                        PARTICIPANT"})
    void mapsEachLisRoleAsTheTableSays(String lisRole, Role groeipadRole) {
        assertThat(LisRoles.toGroeipad(List.of(LIS + lisRole))).isEqualTo(groeipadRole);
    }

    /** LTI 1.3 Core §A.2.3.1 still allows the short (deprecated) names of context roles. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Administrator,     ADMIN",
            "Instructor,        COACH",
            "TeachingAssistant, COACH",
            "Mentor,            COACH",
            "ContentDeveloper,  COACH",
            "Learner,           PARTICIPANT"})
    void mapsShortContextRoleNames(String shortName, Role groeipadRole) {
        assertThat(LisRoles.toGroeipad(List.of(shortName))).isEqualTo(groeipadRole);
    }

    @Test
    void makesATeachingAssistantACoach() {
        assertThat(LisRoles.toGroeipad(List.of(LIS + "membership/Instructor#TeachingAssistant"))).isEqualTo(Role.COACH);
    }

    @Test
    void letsTheStrongestRoleWin() {
        assertThat(LisRoles.toGroeipad(List.of(LEARNER, INSTRUCTOR))).isEqualTo(Role.COACH);
        assertThat(LisRoles.toGroeipad(List.of(LEARNER, SYSTEM_ADMINISTRATOR, INSTRUCTOR))).isEqualTo(Role.ADMIN);
    }

    @Test
    void letsTheStrongestRoleWinWhateverTheOrder() {
        assertThat(LisRoles.toGroeipad(List.of(INSTRUCTOR, LEARNER))).isEqualTo(Role.COACH);
        assertThat(LisRoles.toGroeipad(List.of(SYSTEM_ADMINISTRATOR, LEARNER))).isEqualTo(Role.ADMIN);
    }

    @Test
    void givesParticipantWhenNoRoleIsSent() {
        assertThat(LisRoles.toGroeipad(List.of())).isEqualTo(Role.PARTICIPANT);
    }

    @Test
    void givesParticipantForRolesItDoesNotKnow() {
        assertThat(LisRoles.toGroeipad(List.of("http://example.org/roles#Visitor", "Observer"))).isEqualTo(Role.PARTICIPANT);
    }

    @Test
    void ignoresAMissingRoleInTheList() {
        assertThat(LisRoles.toGroeipad(Arrays.asList(null, INSTRUCTOR))).isEqualTo(Role.COACH);
    }

    @Test
    void matchesRoleNamesExactlyAndCaseSensitively() {
        assertThat(LisRoles.toGroeipad(List.of(LIS + "membership#instructor"))).isEqualTo(Role.PARTICIPANT);
        assertThat(LisRoles.toGroeipad(List.of(INSTRUCTOR + "Extra"))).isEqualTo(Role.PARTICIPANT);
    }

    /**
     * An institution role says what someone is somewhere in the institution, not in this course (Core §A.2.2).
     * Canvas sends institution/person#Instructor to a student who teaches another course.
     */
    @Test
    void keepsALearnerWhoTeachesElsewhereAParticipantInThisCourse() {
        assertThat(LisRoles.toGroeipad(List.of(LIS + "institution/person#Instructor", LEARNER)))
                .isEqualTo(Role.PARTICIPANT);
        assertThat(LisRoles.toGroeipad(List.of(LIS + "institution/person#Mentor", LEARNER)))
                .isEqualTo(Role.PARTICIPANT);
    }
}
