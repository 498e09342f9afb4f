package nl.groeipad.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import nl.groeipad.platform.entity.Problems.PreconditionRequired;
import nl.groeipad.platform.entity.Problems.StaleVersion;
import org.junit.jupiter.api.Test;

/** The rules of If-Match (RFC 9110 §13.1.1) as Groeipad applies them to the versions of its aggregates. */
class PreconditionTest {

    private static final Text GOAL = new Text("het doel ‘Op tijd komen’", "the goal ‘Op tijd komen’");

    @Test
    void aStrongWeakOrBareVersionMatchesThatVersionOnly() {
        assertThat(Precondition.required("\"3\"").matches(3)).isTrue();
        assertThat(Precondition.required("W/\"3\"").matches(3)).isTrue();
        assertThat(Precondition.required("3").matches(3)).isTrue();
        assertThat(Precondition.required(" \"3\" ").matches(3)).isTrue();
        assertThat(Precondition.required("\"3\"").matches(4)).isFalse();
        assertThat(Precondition.required("\"3\"").matches(2)).isFalse();
    }

    @Test
    void aListMatchesAnyOfItsVersionsAndAStarMatchesWhateverIsStored() {
        var list = Precondition.required("\"1\", W/\"5\"");
        assertThat(list.matches(1)).isTrue();
        assertThat(list.matches(5)).isTrue();
        assertThat(list.matches(3)).isFalse();
        assertThat(Precondition.required("*").matches(42)).isTrue();
    }

    @Test
    void aTagThatIsNoVersionMatchesNothing() {
        for (var tag : new String[] {"\"abc\"", "\"\"", "\"-1\"", "\"99999999999\"", "\"3.0\"", "W/", "\"3"}) {
            assertThat(Precondition.required(tag).matches(3)).as(tag).isFalse();
        }
    }

    @Test
    void aRequiredPreconditionThatIsMissingIsRefusedWhenTheChangeIsChecked() {
        var missing = Precondition.required(null);
        assertThat(missing.isMissing()).isTrue();
        assertThat(missing.matches(1)).isFalse();
        assertThatThrownBy(() -> missing.check(1, GOAL, () -> "now")).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> Precondition.required("  ").check(1, GOAL, () -> "now"))
                .isInstanceOf(PreconditionRequired.class)
                .extracting(e -> ((PreconditionRequired) e).type()).isEqualTo("precondition-required");
    }

    @Test
    void anOptionalPreconditionThatIsMissingLetsEveryVersionThrough() {
        assertThat(Precondition.optional(null).isPresent()).isFalse();
        assertThat(Precondition.optional(null).matches(7)).isTrue();
        assertThat(Precondition.none().matches(7)).isTrue();
    }

    @Test
    void anOptionalPreconditionThatIsSentIsChecked() {
        assertThat(Precondition.optional("\"2\"").matches(3)).isFalse();
    }

    @Test
    void aStaleChangeIsRefusedWithTheStoredVersionAndRepresentationNamingWhatChanged() {
        assertThatThrownBy(() -> Precondition.required("\"3\"").check(5, GOAL, () -> "the goal now"))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> {
                    assertThat(stale.type()).isEqualTo("stale-version");
                    assertThat(stale.currentVersion()).isEqualTo(5);
                    assertThat(stale.current()).isEqualTo("the goal now");
                    assertThat(stale.text().nl()).startsWith("Iemand anders heeft het doel ‘Op tijd komen’ net veranderd")
                            .contains("jij zag versie 3, nu is het versie 5").contains("Je ziet nu de nieuwste versie");
                    assertThat(stale.text().en()).startsWith("Someone else just changed the goal ‘Op tijd komen’")
                            .contains("you saw version 3, it is now version 5").contains("You now see the newest version");
                });
    }

    @Test
    void theStoredRepresentationIsOnlyBuiltWhenTheChangeIsRefused() {
        var built = new AtomicInteger();
        Precondition.required("\"5\"").check(5, GOAL, () -> built.incrementAndGet());
        Precondition.optional(null).check(9, GOAL, () -> built.incrementAndGet());
        assertThat(built).hasValue(0);
    }

    @Test
    void aRefusalWithoutOneVersionSentSaysOnlyTheStoredVersion() {
        assertThatThrownBy(() -> Precondition.required("\"x\"").check(5, GOAL, () -> "now"))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.text().nl())
                        .contains("(nu is het versie 5)").doesNotContain("jij zag"));
    }
}
