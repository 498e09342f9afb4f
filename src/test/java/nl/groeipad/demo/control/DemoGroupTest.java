package nl.groeipad.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo group (issue 8, §17): eight people, every state a coach meets, names that are told apart. */
class DemoGroupTest {

    @Test
    void theGroupHasEightParticipantsInEveryStateWithUniqueNamesAndSubjects() {
        assertThat(DemoGroup.GROUP).hasSize(8);
        assertThat(DemoGroup.GROUP.stream().map(DemoGroup.Member::state).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(DemoGroup.State.class));
        assertThat(DemoGroup.GROUP.stream().map(DemoGroup.Member::name)).doesNotHaveDuplicates();
        assertThat(DemoGroup.GROUP.stream().map(DemoGroup.Member::subject)).doesNotHaveDuplicates()
                .allMatch(s -> s.startsWith("demo-groep-"));
        // first names differ too: the coach's screens speak about a participant by first name
        assertThat(DemoGroup.GROUP.stream().map(DemoGroup.Member::givenName)).doesNotHaveDuplicates();
    }

    @Test
    void theGroupIsNotThePeopleOneCanTryTheDemoAs() {
        for (var persona : DemoPlatform.Persona.values()) {
            assertThat(DemoGroup.GROUP).noneMatch(m -> m.subject().equals(persona.subject)
                    || m.givenName().equals(persona.givenName));
        }
    }
}
