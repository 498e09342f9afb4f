package nl.groeipad.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    private static SearchCriteria parse(String q, String level, String kind, String place, String style, String source,
                                        String sort, String offset, String limit) {
        return SearchCriteria.parse(q, null, null, level, kind, place, style, "NL", source, sort, offset, limit);
    }

    private static void refused(String field, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo(field));
    }

    @Test
    void queryParametersBecomeTypedFilters() {
        var criteria = parse(" veilig ", "b", "workplace-assignment", "offline", "kijken", "external", null, "40", "10");
        assertThat(criteria.text()).isEqualTo("veilig");
        assertThat(criteria.level()).isEqualTo('B');
        assertThat(criteria.kind()).isEqualTo(ItemKind.WORKPLACE_ASSIGNMENT);
        assertThat(criteria.online()).isFalse();
        assertThat(criteria.style()).isEqualTo(LearningStyle.WATCHING);
        assertThat(criteria.language()).isEqualTo("nl");
        assertThat(criteria.source()).isEqualTo(ItemSource.EXTERNAL);
        assertThat(criteria.offset()).isEqualTo(40);
        assertThat(criteria.limit()).isEqualTo(10);
    }

    @Test
    void withoutTextTheOrderIsByTitleAndWithTextByRelevance() {
        assertThat(parse(null, null, null, null, null, null, null, null, null).sort()).isEqualTo(SearchCriteria.Sort.TITLE);
        assertThat(parse("gesprek", null, null, null, null, null, null, null, null).sort()).isEqualTo(SearchCriteria.Sort.RELEVANCE);
        assertThat(parse("gesprek", null, null, null, null, null, "title", null, null).sort()).isEqualTo(SearchCriteria.Sort.TITLE);
    }

    @Test
    void emptyParametersMeanAnyAndTheFirstPageOfTwenty() {
        var criteria = SearchCriteria.parse("", "", "", "", "", "", "", "", "", "", "", "");
        assertThat(criteria).isEqualTo(SearchCriteria.everything());
        assertThat(criteria.limit()).isEqualTo(20);
    }

    @Test
    void wrongValuesAreRefusedNamingTheParameter() {
        refused("level", () -> parse(null, "D", null, null, null, null, null, null, null));
        refused("kind", () -> parse(null, null, "podcast", null, null, null, null, null, null));
        refused("place", () -> parse(null, null, null, "thuis", null, null, null, null, null));
        refused("style", () -> parse(null, null, null, null, "dansen", null, null, null, null));
        refused("source", () -> parse(null, null, null, null, null, "ergens", null, null, null));
        refused("sort", () -> parse(null, null, null, null, null, null, "random", null, null));
        refused("offset", () -> parse(null, null, null, null, null, null, null, "-1", null));
        refused("limit", () -> parse(null, null, null, null, null, null, null, null, "0"));
        refused("limit", () -> parse(null, null, null, null, null, null, null, null, "101"));
        refused("limit", () -> parse(null, null, null, null, null, null, null, null, "tien"));
        refused("q", () -> parse("x".repeat(201), null, null, null, null, null, null, null, null));
    }
}
