package nl.groeipad.observation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The conclusion shows where the second observer differs from the lead by 2 points or more. */
class SecondOpinionTest {

    @Test
    void differencesOfTwoOrMorePointsInTheSameCell() {
        var lead = List.of(Entries.score("i1", "s1", 4), Entries.score("i2", "s1", 3), Entries.notSeen("i3", "s1"));
        var second = List.of(Entries.by(Entries.SECOND, "i1", "s1", 2), Entries.by(Entries.SECOND, "i2", "s1", 4),
                Entries.by(Entries.SECOND, "i3", "s1", 5), Entries.by(Entries.SECOND, "i1", "s2", 1));
        assertThat(SecondOpinion.differences(lead, second)).containsExactly(new SecondOpinion.Difference("i1", "s1", 4, 2));
    }
}
