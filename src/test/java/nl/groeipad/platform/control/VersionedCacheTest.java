package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    record Stamp(int version, LocalDate day) {
    }

    static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void aValueIsOnlyAnsweredForExactlyTheStampItWasComputedAt() {
        var cache = new VersionedCache<String>(10);
        cache.put("plan-1", new Stamp(3, MONDAY), "3 of 8 tasks");

        assertThat(cache.get("plan-1", new Stamp(3, MONDAY))).isEqualTo("3 of 8 tasks");
        assertThat(cache.get("plan-1", new Stamp(4, MONDAY))).as("the plan changed since").isNull();
        assertThat(cache.get("plan-1", new Stamp(3, MONDAY.plusDays(1)))).as("a new day").isNull();
        assertThat(cache.get("plan-2", new Stamp(3, MONDAY))).as("another plan").isNull();
    }

    @Test
    void aNewerValueReplacesTheOlderOne() {
        var cache = new VersionedCache<String>(10);
        cache.put("plan-1", 3, "old");
        cache.put("plan-1", 4, "new");

        assertThat(cache.get("plan-1", 4)).isEqualTo("new");
        assertThat(cache.get("plan-1", 3)).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void pastItsCapacityItStartsAfreshAndNeverHoldsMore() {
        var cache = new VersionedCache<String>(3);
        for (int i = 0; i < 3; i++) {
            cache.put("plan-" + i, 1, "v" + i);
        }
        cache.put("plan-0", 2, "replaced, not added");
        assertThat(cache.size()).isEqualTo(3);

        cache.put("plan-9", 1, "v9");

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("plan-9", 1)).isEqualTo("v9");
        assertThat(cache.get("plan-1", 1)).isNull();
        assertThatThrownBy(() -> new VersionedCache<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
