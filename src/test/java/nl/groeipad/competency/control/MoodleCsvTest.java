package nl.groeipad.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.CompetencyGroup;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** Moodle's competency framework CSV (tool_lpimportcsv) both ways. */
class MoodleCsvTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final String HEADER = "\"Parent id number\",\"Id number\",Shortname,Description,\"Description format\","
            + "\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome (optional)\","
            + "\"Rule config (optional)\",\"Cross referenced competency id numbers\",\"Exported id (optional)\","
            + "\"Is framework\",Taxonomy\n";

    static Framework read(String csv) {
        return MoodleCsvImport.read(csv, key -> 1, NOW, "coach-1");
    }

    @Test
    void theStarterFrameworkComesBackTheSameAfterExportAndImport() {
        var original = StarterFramework.publishedVersion(NOW);

        var csv = MoodleCsvExport.export(original);
        var again = read(csv);

        assertThat(again.key()).isEqualTo(original.key());
        assertThat(again.title()).isEqualTo(original.title());
        assertThat(again.description()).isEqualTo(original.description());
        assertThat(again.scale()).isEqualTo(original.scale());
        assertThat(again.source()).isEqualTo(FrameworkSource.MOODLE);
        assertThat(again.groups()).extracting(CompetencyGroup::key, CompetencyGroup::title, CompetencyGroup::position)
                .containsExactlyElementsOf(original.groups().stream()
                        .map(g -> org.assertj.core.groups.Tuple.tuple(g.key(), g.title(), g.position())).toList());
        assertThat(CaseInterchangeTest.shape(again)).isEqualTo(CaseInterchangeTest.shape(original));
        assertThat(MoodleCsvExport.export(again)).isEqualTo(csv);
    }

    @Test
    void theExportIsWhatMoodleReads() {
        var csv = MoodleCsvExport.export(StarterFramework.publishedVersion(NOW));
        var rows = MoodleCsvImport.rows(csv);

        assertThat(rows.getFirst().fields()).hasSize(14).startsWith("Parent id number", "Id number", "Shortname");
        var framework = rows.get(1);
        assertThat(framework.field(12)).isEqualTo("1");
        assertThat(framework.field(5)).isEqualTo("Nog niet,Met veel hulp,Met een beetje hulp,Zelfstandig,Kan het een ander leren");
        assertThat(framework.field(6)).startsWith("[{\"scaleid\":");
        assertThat(framework.field(13)).isEqualTo("domain,competency,indicator");
        assertThat(rows).hasSize(2 + 3 + 8 + 16);
        var indicator = rows.stream().filter(r -> r.field(2).equals("Vraagt op tijd om hulp of advies.")).findFirst().orElseThrow();
        assertThat(indicator.field(3)).contains("Code: 1.1", "Niveau A: ", "Niveau B: ", "Niveau C: ");
        assertThat(indicator.field(4)).isEqualTo("2");
        assertThat(indicator.field(9)).isEqualTo("null");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void aFrameworkMadeInMoodleBecomesGroupsCompetenciesAndIndicators() {
        var csv = HEADER
                + ",OECD-CORE,OECD,\"<p>Core competencies, in clusters.</p>\",1,\"Not yet competent,Competent\","
                + "\"[{\"\"scaleid\"\":\"\"2\"\"},{\"\"id\"\":2,\"\"scaledefault\"\":1,\"\"proficient\"\":1}]\",,,,,,1,"
                + "\"competency,competency,competency\"\n"
                + ",delivery,Delivery-related,\"<p>Achieving results<br></p>\",1,,,,0,null,,8,,\n"
                + "delivery,teamwork,\"Teamwork\",\"<p>Working with others &amp; leading</p>\",1,,,,0,null,,16,,\n"
                + "teamwork,DR-TW-1,\"Initiates collaboration\",\"<p>Initiates collaboration with others</p>\",1,,,,0,null,DR-TW-2,38,,\n"
                + "teamwork,DR-TW-2,\"Shares information\",,1,,,,0,null,,39,,\n"
                + "delivery,drafting,\"Drafting Skills\",,1,,,,0,null,,13,,\n";

        var framework = read(csv);

        assertThat(framework.title()).isEqualTo("OECD");
        assertThat(framework.description()).isEqualTo("Core competencies, in clusters.");
        assertThat(framework.scale()).isEqualTo(ScaleLabels.DEFAULT); // Moodle's two-point scale has no five labels
        assertThat(framework.groups()).singleElement().extracting(CompetencyGroup::title).isEqualTo("Delivery-related");
        assertThat(framework.competencies()).extracting(Competency::title).containsExactly("Teamwork", "Drafting Skills");
        var teamwork = framework.competencies().getFirst();
        assertThat(teamwork.description()).isEqualTo("Working with others & leading");
        assertThat(teamwork.code()).isEqualTo("teamwork");
        assertThat(teamwork.indicators()).extracting(i -> i.code() + " " + i.description())
                .containsExactly("DR-TW-1 Initiates collaboration with others", "DR-TW-2 Shares information");
        assertThat(framework.associations()).singleElement().satisfies(a -> assertThat(a.body()).contains("isRelatedTo"));
    }

    @Test
    void aFiveValueMoodleScaleBecomesTheScaleLabels() {
        var framework = read(HEADER + ",F,Raamwerk,,2,\"een,twee,drie,vier,vijf\",,,,,,,1,\n,C1,Competentie,,2,,,,0,null,,1,,\n");

        assertThat(framework.scale().labels()).containsExactly("een", "twee", "drie", "vier", "vijf");
        assertThat(framework.competencies().getFirst().indicators()).isEmpty();
    }

    @Test
    void levelTextsComeBackFromTheDescription() {
        var framework = read(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,Competentie,,2,,,,0,null,,1,,\n"
                + "C1,I1,Kort,\"Vraagt om hulp.\n\nCode: 1.1\nNiveau A: met hulp\nNiveau C: zelf\",2,,,,0,null,,2,,\n");

        var indicator = framework.competencies().getFirst().indicators().getFirst();
        assertThat(indicator.description()).isEqualTo("Vraagt om hulp.");
        assertThat(indicator.code()).isEqualTo("1.1");
        assertThat(indicator.at(Level.A)).isEqualTo("met hulp");
        assertThat(indicator.at(Level.B)).isNull();
        assertThat(indicator.at(Level.C)).isEqualTo("zelf");
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndTheField() {
        assertThat(problem("")).isEqualTo("lines[1]");
        assertThat(problem("a,b,c\n")).isEqualTo("lines[1]");
        assertThat(problem(HEADER + ",C1,Competentie,,2,,,,0,null,,1,,\n")).isEqualTo("lines[2].isframework");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,F2,Nog een,,2,,,,,,,,1,\n")).isEqualTo("lines[3].isframework");
        assertThat(problem(HEADER + ",,Raamwerk,,2,,,,,,,,1,\n")).isEqualTo("lines[2].idnumber");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,,,2,,,,0,null,,1,,\n")).isEqualTo("lines[3].shortname");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,A,,2,,,,0,null,,1,,\n,C1,B,,2,,,,0,null,,2,,\n"))
                .isEqualTo("lines[4].idnumber");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\nX9,C1,A,,2,,,,0,null,,1,,\n")).isEqualTo("lines[3].parentidnumber");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\nC2,C1,A,,2,,,,0,null,,1,,\nC1,C2,B,,2,,,,0,null,,2,,\n"))
                .isEqualTo("lines[3].parentidnumber");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,\"A,,2,,,,0,null,,1,,\n")).isEqualTo("lines[3]");
        assertThat(problem(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,\"" + "x".repeat(2001) + "\",,2,,,,0,null,,1,,\n"))
                .isEqualTo("lines[3].shortname");
    }

    @Test
    void theMessageSaysTheLineInWords() {
        assertThatThrownBy(() -> read(HEADER + ",F,Raamwerk,,2,,,,,,,,1,\n,C1,,,2,,,,0,null,,1,,\n"))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).text().nl()).isEqualTo("Regel 3, shortname: de kolom shortname is leeg."));
    }

    @Test
    void csvFieldsWithCommasQuotesAndLineBreaksSurviveWritingAndReading() {
        var rows = java.util.List.of(java.util.List.of("a,b", "say \"hi\"", "two\nlines", " padded ", ""));

        var read = MoodleCsvImport.rows(MoodleCsvExport.write(rows));

        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.fields()).isEqualTo(rows.getFirst());
            assertThat(r.line()).isEqualTo(1);
        });
    }

    @Test
    void aSemicolonSeparatedFileIsReadToo() {
        assertThat(MoodleCsvImport.rows("a;b;c\r\n1;2;3\r\n")).extracting(MoodleCsvImport.Row::fields)
                .containsExactly(java.util.List.of("a", "b", "c"), java.util.List.of("1", "2", "3"));
    }

    @Test
    void htmlDescriptionsBecomePlainTextWithTheirLineBreaks() {
        assertThat(MoodleCsvImport.plain("<p>Werkt <b>veilig</b>&nbsp;&amp; netjes.</p><p>Code: 1.1<br>Niveau A: Met hulp &lt;5 min&gt;"
                + "</p><script>alert(1)</script><!-- niets -->", "1")).isEqualTo("Werkt veilig & netjes.\nCode: 1.1\nNiveau A: Met hulp <5 min>");
        assertThat(MoodleCsvImport.plain("<ul><li>een</li><li>twee</li></ul>", "1")).isEqualTo("een\ntwee");
        assertThat(MoodleCsvImport.plain("Gewone tekst", "2")).isEqualTo("Gewone tekst");
        assertThat(MoodleCsvImport.plain(" ", "1")).isNull();
    }

    @Test
    void theRecordsOfAFileKeepTheLineTheyStartOnAcrossQuotedLineBreaksAndEmptyLines() {
        var rows = MoodleCsvImport.rows("\uFEFFa,b\r\n\"x\ny\",z\r\n\r\nlast,1\r\n");

        assertThat(rows).extracting(MoodleCsvImport.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(1).fields()).containsExactly("x\ny", "z");
        assertThat(rows.getFirst().field(0)).isEqualTo("a");
    }

    private static String problem(String csv) {
        try {
            read(csv);
        } catch (InvalidField e) {
            return e.field();
        }
        throw new AssertionError("accepted: " + csv);
    }
}
