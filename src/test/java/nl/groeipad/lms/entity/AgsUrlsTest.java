package nl.groeipad.lms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL rule of AGS as Moodle 5.1 needs it (captures in src/test/resources/moodle/ags_nrps_claim_urls.json). */
class AgsUrlsTest {

    @Test
    void scoresGoIntoThePathBeforeMoodlesTypeIdQuery() {
        assertThat(AgsUrls.scores("http://localhost:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"))
                .isEqualTo("http://localhost:8081/mod/lti/services.php/2/lineitems/2/lineitem/scores?type_id=1");
    }

    @Test
    void aLineItemWithoutQueryGetsTheSegmentAppended() {
        assertThat(AgsUrls.scores("https://lms.example.org/lineitems/7")).isEqualTo("https://lms.example.org/lineitems/7/scores");
        assertThat(AgsUrls.scores("https://lms.example.org/lineitems/7/")).isEqualTo("https://lms.example.org/lineitems/7/scores");
        assertThat(AgsUrls.scores("https://lms.example.org/lineitems/7?a=1&b=2#x"))
                .isEqualTo("https://lms.example.org/lineitems/7/scores?a=1&b=2");
    }

    @Test
    void lineItemsQueriesKeepThePlatformsParameters() {
        assertThat(AgsUrls.withParameter("http://localhost:8081/mod/lti/services.php/2/lineitems?type_id=1", "resource_id", "route 1/a"))
                .isEqualTo("http://localhost:8081/mod/lti/services.php/2/lineitems?type_id=1&resource_id=route+1%2Fa");
        assertThat(AgsUrls.withParameter("https://lms.example.org/lineitems", "tag", "groeipad"))
                .isEqualTo("https://lms.example.org/lineitems?tag=groeipad");
    }
}
