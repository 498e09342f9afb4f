package nl.groeipad.it;

import static nl.groeipad.it.CompletionSteps.ok;
import static nl.groeipad.it.ObservationSteps.ADVIES;
import static nl.groeipad.it.ObservationSteps.CONTEXT;
import static nl.groeipad.it.ObservationSteps.assertField;
import static nl.groeipad.it.ObservationSteps.assertProblem;
import static nl.groeipad.it.ObservationSteps.framework;
import static nl.groeipad.it.ObservationSteps.launch;
import static nl.groeipad.it.ObservationSteps.newParticipant;
import static nl.groeipad.it.ObservationSteps.observations;
import static nl.groeipad.it.ObservationSteps.participantPath;
import static nl.groeipad.it.ObservationSteps.score;
import static nl.groeipad.it.ObservationSteps.start;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.groeipad.it.ObservationSteps.Person;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
import nl.groeipad.it.SelectCount.Statements;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workplace observation over real HTTP, on Payara Micro against MariaDB: a coach starts an observation with the
 * guide confirmed and two situations, scores every indicator in both (one tap each), corrects a score with a reason
 * (history kept, a stale correction refused naming what is stored), adds a situation with If-Match, a second coach
 * differs by 3 points, concluding early needs a reason and stays marked, the participant sees the level reached and
 * never an open observation; offline results. Every endpoint refuses a participant (403), another organisation's
 * coach and another course's coach (404); bad input is 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationIT {

    @RegisterExtension
    static final NorthAndSouth<TestPlatform> LMS =
            ObservationSteps.platforms("Leerwerkbedrijf Observatie Noord", "Leerwerkbedrijf Observatie Zuid");
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    // ---- the whole flow -----------------------------------------------------------------------------------

    @Test
    void aCoachObservesInTwoSituationsCorrectsAScoreAndConcludesEarlyWithAReason_theParticipantSeesTheLevel() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var sam = newParticipant(client, platform);
        var base = observations(coach, sam);

        // the guide for coaches, with the rules
        var guide = ok(client.api("GET", "/api/v1/observation-guide", coach.token(), null));
        assertThat(guide.getJsonArray("checklist")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(guide.getJsonArray("pitfalls").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .contains("Halo-effect", "Horn-effect");
        assertThat(guide.getString("masteryRule")).contains("minstens een 4").contains("2 verschillende werksituaties");

        var started = client.api("POST", base, coach.token(), start(framework(client, coach), "\"" + ADVIES + "\"", "A",
                "[\"inpakken lijn 2\",\"magazijn\"]", true));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var observation = ToolClient.json(started);
        var id = observation.getString("id");
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(base + "/" + id);
        assertThat(observation.getString("status")).isEqualTo("open");
        assertThat(LocalDate.parse(observation.getString("endsOn")))
                .isEqualTo(LocalDate.parse(observation.getString("startsOn")).plusDays(21));
        assertThat(observation.getJsonArray("scale")).hasSize(5);
        var situations = observation.getJsonArray("situations").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
        assertThat(situations).hasSize(2);
        var indicators = observation.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators")
                .getValuesAs(JsonObject.class);
        assertThat(indicators).isNotEmpty().allSatisfy(i -> assertThat(i.getString("levelText")).isNotBlank());
        assertThat(observation.getJsonObject("check").getBoolean("ruleHolds")).isFalse();

        // one tap per score: every indicator 4 in both situations
        var version = observation.getInt("version");
        String firstEntry = null;
        for (var indicator : indicators) {
            for (var situation : situations) {
                var recorded = client.api("POST", base + "/" + id + "/scores", coach.token(),
                        score(indicator.getString("id"), situation, "4"));
                assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
                var body = ToolClient.json(recorded);
                assertThat(body.getInt("version")).isGreaterThan(version);
                assertThat(ToolClient.etag(recorded)).isEqualTo(body.getInt("version"));
                version = body.getInt("version");
                if (firstEntry == null) {
                    firstEntry = body.getJsonObject("entry").getString("id");
                    assertThat(body.getJsonObject("entry").getInt("score")).isEqualTo(4);
                }
            }
        }
        var firstId = firstEntry;
        var i1 = indicators.getFirst().getString("id");
        var s1 = situations.getFirst();
        // a cell with a score is never silently overwritten: a correction names the entry and says why
        assertProblem(client.api("POST", base + "/" + id + "/scores", coach.token(), score(i1, s1, "2")), 409, "score-exists");
        assertField(client.api("POST", base + "/" + id + "/scores", coach.token(),
                "{\"indicatorId\":\"" + i1 + "\",\"situationId\":\"" + s1 + "\",\"score\":5,\"corrects\":\"" + firstId + "\"}"),
                "reason");
        var corrected = client.api("POST", base + "/" + id + "/scores", coach.token(),
                "{\"indicatorId\":\"" + i1 + "\",\"situationId\":\"" + s1 + "\",\"score\":5,\"corrects\":\"" + firstId
                        + "\",\"reason\":\"Verkeerd getikt\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        var stale = client.api("POST", base + "/" + id + "/scores", coach.token(),
                "{\"indicatorId\":\"" + i1 + "\",\"situationId\":\"" + s1 + "\",\"score\":3,\"corrects\":\"" + firstId
                        + "\",\"reason\":\"Toch een 3\"}");
        assertProblem(stale, 409, "score-changed");
        assertThat(ToolClient.json(stale).getString("detail")).contains("nu staat er 5");

        // a situation is added on the version the coach saw
        var seen = ok(client.api("GET", base + "/" + id, coach.token(), null));
        var history = seen.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(history).hasSize(indicators.size() * 2 + 1);
        assertThat(history.stream().filter(e -> e.getString("id").equals(firstId)).findFirst().orElseThrow()
                .getBoolean("current")).isFalse();
        assertProblem(client.api("POST", base + "/" + id + "/situations", coach.token(), "{\"name\":\"kantine\"}"), 428, null);
        assertProblem(client.api("POST", base + "/" + id + "/situations", coach.token(), "{\"name\":\"kantine\"}",
                seen.getInt("version") - 1), 412, "stale-version");
        var added = client.api("POST", base + "/" + id + "/situations", coach.token(), "{\"name\":\"kantine\"}",
                seen.getInt("version"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(ToolClient.json(added).getJsonArray("situations")).hasSize(3);
        assertField(client.api("POST", base + "/" + id + "/situations", coach.token(), "{\"name\":\"Kantine\"}",
                ToolClient.etag(added)), "name");

        // a second coach of the course differs by 3 points
        platform.person("coach-2", "Coach", "Twee", TestPlatform.INSTRUCTOR);
        var second = launch(client, platform, "coach-2");
        var secondScore = client.api("POST", base + "/" + id + "/scores", second.token(), score(i1, s1, "2"));
        assertThat(secondScore.statusCode()).as(secondScore.body()).isEqualTo(201);
        assertThat(ToolClient.json(secondScore).getJsonObject("entry").getString("observer")).isEqualTo("second");

        // the participant sees no open observation
        assertThat(ok(client.api("GET", "/api/v1/me/progress", sam.token(), null)).getJsonArray("competencies")).isEmpty();

        var before = ok(client.api("GET", base + "/" + id, coach.token(), null));
        var check = before.getJsonObject("check");
        assertThat(check.getJsonArray("signals").getValuesAs(JsonObject.class)).extracting(s -> s.getString("code"))
                .contains("early", "all-high");
        assertThat(check.getJsonArray("differences").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(d -> assertThat(d.getInt("lead") - d.getInt("second")).isEqualTo(3));
        assertThat(check.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class))
                .anySatisfy(m -> assertThat(m.getString()).contains("observatieperiode"));

        // concluding early: a reason is required and the conclusion stays marked
        var conclusion = base + "/" + id + "/conclusion";
        assertProblem(client.api("POST", conclusion, coach.token(), "{\"guideConfirmed\":true,\"reason\":\"x\"}"), 428, null);
        assertField(client.api("POST", conclusion, coach.token(), "{\"guideConfirmed\":true}", before.getInt("version")),
                "reason");
        assertField(client.api("POST", conclusion, coach.token(), "{\"reason\":\"Stage stopt\"}", before.getInt("version")),
                "guideConfirmed");
        var concluded = client.api("POST", conclusion, coach.token(), """
                {"guideConfirmed":true,"reason":"De stage stopt eerder","feedbackGood":"Je vraagt op tijd om hulp.",
                 "feedbackNext":"Vraag ook een collega."}""", before.getInt("version"));
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        var result = ToolClient.json(concluded);
        assertThat(result.getString("status")).isEqualTo("concluded");
        var c = result.getJsonObject("conclusion");
        assertThat(c.getBoolean("early")).isTrue();
        assertThat(c.getString("reason")).isEqualTo("De stage stopt eerder");
        assertThat(c.getJsonArray("results").getJsonObject(0).getBoolean("reached")).isTrue();
        assertThat(c.getJsonArray("differences")).hasSize(1);
        assertProblem(client.api("POST", conclusion, coach.token(), "{\"guideConfirmed\":true,\"reason\":\"x\"}",
                result.getInt("version")), 409, "observation-concluded");
        assertProblem(client.api("POST", base + "/" + id + "/scores", coach.token(), score(i1, situations.get(1), "3")),
                409, "observation-concluded");

        // the participant's growth
        var progress = ok(client.api("GET", "/api/v1/me/progress", sam.token(), null));
        var competency = progress.getJsonArray("competencies").getJsonObject(0);
        assertThat(competency.getString("key")).isEqualTo(ADVIES);
        assertThat(competency.getString("levelReached")).isEqualTo("A");
        var shown = progress.getJsonArray("observations").getJsonObject(0);
        assertThat(shown.getString("feedbackGood")).isEqualTo("Je vraagt op tijd om hulp.");
        assertThat(shown.getBoolean("early")).isTrue();
        assertThat(shown.containsKey("entries")).isFalse();

        var list = ToolClient.jsonArray(client.api("GET", base, coach.token(), null)).getValuesAs(JsonObject.class);
        assertThat(list).singleElement().satisfies(o -> {
            assertThat(o.getString("status")).isEqualTo("concluded");
            assertThat(o.getBoolean("early")).isTrue();
        });
    }

    @Test
    void offlineResultsAreRecordedByACoachAndShowInTheParticipantsProgress() {
        var coach = launch(client, LMS.north(), "coach-1");
        var kim = newParticipant(client, LMS.north());
        var path = participantPath(coach, kim) + "/offline-results";
        var recorded = client.api("POST", path, coach.token(), """
                {"kind":"practical-exam","achievedOn":"%s","competencyKey":"%s","level":"B","note":"Geslaagd"}"""
                .formatted(LocalDate.now().minusDays(3), ADVIES));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(ToolClient.json(recorded).getString("kindLabel")).isEqualTo("Praktijkexamen");
        assertThat(ToolClient.jsonArray(client.api("GET", path, coach.token(), null))).hasSize(1);

        assertField(client.api("POST", path, coach.token(), """
                {"kind":"party","achievedOn":"2026-01-01","competencyKey":"%s","level":"B"}""".formatted(ADVIES)), "kind");
        assertField(client.api("POST", path, coach.token(), """
                {"kind":"test","achievedOn":"%s","competencyKey":"%s","level":"B"}""".formatted(LocalDate.now().plusDays(3), ADVIES)),
                "achievedOn");
        assertField(client.api("POST", path, coach.token(), """
                {"kind":"test","achievedOn":"2026-01-01","competencyKey":"nope","level":"B"}"""), "competencyKey");
        assertField(client.api("POST", path, coach.token(), """
                {"kind":"test","achievedOn":"2026-01-01","competencyKey":"%s","level":"Z"}""".formatted(ADVIES)), "level");

        var progress = ok(client.api("GET", "/api/v1/me/progress", kim.token(), null));
        var competency = progress.getJsonArray("competencies").getJsonObject(0);
        assertThat(competency.getJsonArray("offlineResults").getJsonObject(0).getString("note")).isEqualTo("Geslaagd");
        // a practical exam passed at level B reaches B (OfflineRule), shown as counting
        assertThat(competency.getString("levelReached")).isEqualTo("B");
        assertThat(competency.getJsonArray("offlineResults").getJsonObject(0).getBoolean("counts")).isTrue();
        assertThat(progress.getString("offlineRule")).contains("Een training staat erbij");
    }

    // ---- bad input ------------------------------------------------------------------------------------------

    @Test
    void theObservationPeriodIsASettingOfTheFrameworkVersion_aCoachStartsWithItAndMayChooseAnother() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var sam = newParticipant(client, platform);
        var base = observations(coach, sam);

        // a new framework observes for 21 days; its draft may choose 1 to 365 days, with If-Match
        var created = client.api("POST", "/api/v1/frameworks", coach.token(), "{\"title\":\"Periode van twee weken\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var draft = ToolClient.json(created);
        var id = draft.getString("id");
        assertThat(draft.getInt("observationPeriodDays")).isEqualTo(21);
        var path = "/api/v1/frameworks/" + id;
        assertProblem(client.api("PUT", path, coach.token(), "{\"title\":\"Periode\",\"observationPeriodDays\":14}"), 428, null);
        for (var wrong : List.of("0", "1000", "-3")) {
            assertField(client.api("PUT", path, coach.token(), "{\"title\":\"Periode\",\"observationPeriodDays\":" + wrong + "}",
                    draft.getInt("revision")), "observationPeriodDays");
        }
        var changed = client.api("PUT", path, coach.token(), "{\"title\":\"Periode van twee weken\",\"observationPeriodDays\":14}",
                draft.getInt("revision"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ToolClient.json(changed).getInt("observationPeriodDays")).isEqualTo(14);
        assertProblem(client.api("PUT", path, coach.token(), "{\"title\":\"Periode\",\"observationPeriodDays\":30}",
                draft.getInt("revision")), 412, null);
        var competency = client.api("POST", path + "/competencies", coach.token(), "{\"title\":\"Orders klaarzetten\"}");
        assertThat(competency.statusCode()).as(competency.body()).isEqualTo(201);
        var indicator = client.api("POST", path + "/competencies/" + ToolClient.json(competency).getString("id") + "/indicators",
                coach.token(), "{\"description\":\"Pakt de goede producten.\",\"levelA\":\"Met hulp.\",\"levelB\":\"Met een lijst.\",\"levelC\":\"Zelf.\"}");
        assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(201);
        var published = ok(client.api("POST", path + "/publication", coach.token(), null));
        assertThat(published.getInt("observationPeriodDays")).isEqualTo(14);
        var key = "\"" + published.getJsonArray("competencies").getJsonObject(0).getString("key") + "\"";

        // started on this version without a period: 14 days
        var started = client.api("POST", base, coach.token(), start(id, key, "A", "[\"inpakken lijn 2\",\"magazijn\"]", true));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var observation = ToolClient.json(started);
        assertThat(LocalDate.parse(observation.getString("endsOn")))
                .isEqualTo(LocalDate.parse(observation.getString("startsOn")).plusDays(14));
        // the coach may still choose another period
        var chosen = ToolClient.json(client.api("POST", base, coach.token(), """
                {"frameworkVersionId":"%s","competencyKeys":[%s],"level":"B","situations":["a","b"],"guideConfirmed":true,"periodDays":30}"""
                .formatted(id, key)));
        assertThat(LocalDate.parse(chosen.getString("endsOn"))).isEqualTo(LocalDate.parse(chosen.getString("startsOn")).plusDays(30));

        // the next version starts with the same period
        var next = ToolClient.json(client.api("POST", path + "/drafts", coach.token(), null));
        assertThat(next.getInt("observationPeriodDays")).isEqualTo(14);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var coach = launch(client, LMS.north(), "coach-1");
        var lee = newParticipant(client, LMS.north());
        var base = observations(coach, lee);
        var framework = framework(client, coach);
        var advies = "\"" + ADVIES + "\"";
        var two = "[\"a\",\"b\"]";
        assertProblem(client.api("POST", base, coach.token(), null), 400, null);
        assertField(client.api("POST", base, coach.token(), start(framework, advies, "A", two, false)), "guideConfirmed");
        assertField(client.api("POST", base, coach.token(), start(framework, advies, "A", "[\"a\"]", true)), "situations");
        assertField(client.api("POST", base, coach.token(), start(framework, advies, "D", two, true)), "level");
        assertField(client.api("POST", base, coach.token(), start(UUID.randomUUID().toString(), advies, "A", two, true)),
                "frameworkVersionId");
        assertField(client.api("POST", base, coach.token(), start(framework, "\"nope\"", "A", two, true)), "competencyKeys");
        assertField(client.api("POST", base, coach.token(), start(framework, advies, "A", "[\"a\",\"A\"]", true)),
                "situations");
        assertField(client.api("POST", base, coach.token(), """
                {"frameworkVersionId":"%s","competencyKeys":[%s],"level":"A","situations":%s,"guideConfirmed":true,"periodDays":0}"""
                .formatted(framework, advies, two)), "periodDays");
        assertField(client.api("POST", base, coach.token(), """
                {"frameworkVersionId":"%s","competencyKeys":[%s],"level":"A","situations":%s,"guideConfirmed":true,"goalId":"%s"}"""
                .formatted(framework, advies, two, UUID.randomUUID())), "goalId");

        var observation = ToolClient.json(client.api("POST", base, coach.token(), start(framework, advies, "B", two, true)));
        var scores = base + "/" + observation.getString("id") + "/scores";
        var situation = observation.getJsonArray("situations").getJsonObject(0).getString("id");
        var indicator = observation.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators")
                .getJsonObject(0).getString("id");
        assertField(client.api("POST", scores, coach.token(), score(indicator, situation, "6")), "score");
        assertField(client.api("POST", scores, coach.token(), score(indicator, situation, "null")), "score");
        assertField(client.api("POST", scores, coach.token(), "{\"indicatorId\":\"" + indicator + "\",\"situationId\":\""
                + situation + "\",\"score\":3,\"notSeen\":true}"), "notSeen");
        assertField(client.api("POST", scores, coach.token(), score(UUID.randomUUID().toString(), situation, "3")), "indicatorId");
        assertField(client.api("POST", scores, coach.token(), score(indicator, UUID.randomUUID().toString(), "3")), "situationId");
        assertField(client.api("POST", scores, coach.token(), "{\"indicatorId\":\"" + indicator + "\",\"situationId\":\""
                + situation + "\",\"score\":3,\"note\":\"" + "x".repeat(501) + "\"}"), "note");
        assertField(client.api("POST", scores, coach.token(), "{\"score\":3}"), "indicatorId");
        // "niet gezien" is an explicit choice
        var notSeen = client.api("POST", scores, coach.token(), "{\"indicatorId\":\"" + indicator + "\",\"situationId\":\""
                + situation + "\",\"notSeen\":true}");
        assertThat(notSeen.statusCode()).as(notSeen.body()).isEqualTo(201);
        assertThat(ToolClient.json(notSeen).getJsonObject("entry").getBoolean("notSeen")).isTrue();
        assertProblem(client.api("GET", base + "/" + UUID.randomUUID(), coach.token(), null), 404, null);
    }

    // ---- who may do what --------------------------------------------------------------------------------------

    @Test
    void participantsAnotherOrganisationsCoachAndAnotherCoursesCoachAreRefusedOnEveryEndpoint() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var ann = newParticipant(client, platform);
        var base = observations(coach, ann);
        var framework = framework(client, coach);
        var created = ToolClient.json(client.api("POST", base, coach.token(),
                start(framework, "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
        var id = created.getString("id");
        var situation = created.getJsonArray("situations").getJsonObject(0).getString("id");
        var indicator = created.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators")
                .getJsonObject(0).getString("id");
        var body = Map.of(
                "start", start(framework, "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true),
                "situation", "{\"name\":\"c\"}",
                "score", score(indicator, situation, "3"),
                "conclusion", "{\"guideConfirmed\":true,\"reason\":\"x\"}",
                "offline", "{\"kind\":\"test\",\"achievedOn\":\"2026-01-01\",\"competencyKey\":\"" + ADVIES + "\",\"level\":\"A\"}");
        var version = created.getInt("version");

        var otherParticipant = newParticipant(client, platform);
        var stranger = launch(client, LMS.south(), "coach-1");
        platform.tamper(claims -> claims.claim(CONTEXT, Map.of("id", "other-course", "label", "X", "title", "Andere cursus",
                "type", List.of("CourseSection"))));
        Person otherCourseCoach;
        try {
            platform.person("coach-9", "Coach", "Negen", TestPlatform.INSTRUCTOR);
            otherCourseCoach = launch(client, platform, "coach-9");
        } finally {
            platform.tamper(claims -> { });
        }
        assertThat(otherCourseCoach.courseId()).isNotEqualTo(coach.courseId());

        var participantPath = participantPath(coach, ann);
        record Call(String method, String path, String json) {
        }
        var calls = List.of(
                new Call("POST", base, body.get("start")),
                new Call("GET", base, null),
                new Call("GET", base + "/" + id, null),
                new Call("POST", base + "/" + id + "/situations", body.get("situation")),
                new Call("POST", base + "/" + id + "/scores", body.get("score")),
                new Call("POST", base + "/" + id + "/conclusion", body.get("conclusion")),
                new Call("POST", participantPath + "/offline-results", body.get("offline")),
                new Call("GET", participantPath + "/offline-results", null));
        for (var call : calls) {
            assertProblem(client.api(call.method(), call.path(), ann.token(), call.json(), version), 403, null);
            assertProblem(client.api(call.method(), call.path(), otherParticipant.token(), call.json(), version), 403, null);
            assertProblem(client.api(call.method(), call.path(), stranger.token(), call.json(), version), 404, null);
            assertProblem(client.api(call.method(), call.path(), otherCourseCoach.token(), call.json(), version), 404, null);
            // the same paths under the caller's own course: the participant is not theirs
            var own = call.path().replace(coach.courseId(), stranger.courseId());
            assertProblem(client.api(call.method(), own, stranger.token(), call.json(), version), 404, null);
            var ownCourse = call.path().replace(coach.courseId(), otherCourseCoach.courseId());
            assertProblem(client.api(call.method(), ownCourse, otherCourseCoach.token(), call.json(), version), 404, null);
        }
        assertProblem(client.api("GET", "/api/v1/observation-guide", ann.token(), null), 403, null);
        assertProblem(client.api("GET", "/api/v1/me/progress", coach.token(), null), 403, null);
        // nothing changed
        var after = ok(client.api("GET", base + "/" + id, coach.token(), null));
        assertThat(after.getInt("version")).isEqualTo(version);
        assertThat(after.getJsonArray("entries")).isEmpty();
        assertThat(ToolClient.jsonArray(client.api("GET", base, coach.token(), null))).hasSize(1);
    }

    // ---- the offline queue's idempotency key ------------------------------------------------------------------

    @Test
    void theSameKeyTwiceIsOneScoreWithTheSameAnswer_anotherRequestOrAnotherOrganisationOrCourseCannotUseIt() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var bo = newParticipant(client, platform);
        var base = observations(coach, bo);
        var created = ToolClient.json(client.api("POST", base, coach.token(),
                start(framework(client, coach), "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
        var id = created.getString("id");
        var scores = base + "/" + id + "/scores";
        var i1 = indicatorIds(created).getFirst();
        var s1 = situationIds(created).getFirst();
        var key = UUID.randomUUID().toString();
        var body = keyed(score(i1, s1, "4"), key);

        var first = client.api("POST", scores, coach.token(), body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var again = client.api("POST", scores, coach.token(), body);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(ToolClient.json(again)).isEqualTo(ToolClient.json(first)); // the same entry, the same version
        var replayedUpperCase = client.api("POST", scores, coach.token(), keyed(score(i1, s1, "4"), key.toUpperCase()));
        assertThat(ToolClient.json(replayedUpperCase).getJsonObject("entry"))
                .isEqualTo(ToolClient.json(first).getJsonObject("entry"));
        var view = ok(client.api("GET", base + "/" + id, coach.token(), null));
        assertThat(view.getJsonArray("entries")).hasSize(1);
        assertThat(view.getInt("version")).isEqualTo(ToolClient.json(first).getInt("version"));

        // the key with another request: refused, nothing added
        assertProblem(client.api("POST", scores, coach.token(), keyed(score(i1, s1, "2"), key)), 409,
                "idempotency-key-reused");
        assertProblem(client.api("POST", scores, coach.token(), keyed(score(i1, situationIds(created).getLast(), "4"), key)),
                409, "idempotency-key-reused");
        // another coach of the course sending the same key: not theirs
        platform.person("coach-2", "Coach", "Twee", TestPlatform.INSTRUCTOR);
        var second = launch(client, platform, "coach-2");
        assertProblem(client.api("POST", scores, second.token(), body), 409, "idempotency-key-reused");
        // another organisation's coach and the participant: refused before any key is looked at
        var stranger = launch(client, LMS.south(), "coach-1");
        assertProblem(client.api("POST", scores, stranger.token(), body), 404, null);
        assertProblem(client.api("POST", scores.replace(coach.courseId(), stranger.courseId()), stranger.token(), body),
                404, null);
        assertProblem(client.api("POST", scores, bo.token(), body), 403, null);
        // the same key in another organisation is another key: its own entry there
        var cy = newParticipant(client, LMS.south());
        var southObservation = ToolClient.json(client.api("POST", observations(stranger, cy), stranger.token(),
                start(framework(client, stranger), "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
        var southScore = client.api("POST", observations(stranger, cy) + "/" + southObservation.getString("id") + "/scores",
                stranger.token(), keyed(score(indicatorIds(southObservation).getFirst(),
                        situationIds(southObservation).getFirst(), "4"), key));
        assertThat(southScore.statusCode()).as(southScore.body()).isEqualTo(201);
        assertThat(ToolClient.json(southScore).getJsonObject("entry").getString("id"))
                .isNotEqualTo(ToolClient.json(first).getJsonObject("entry").getString("id"));
        // a key that is no UUID names the field
        assertField(client.api("POST", scores, coach.token(), keyed(score(i1, s1, "4"), "tap-1")), "key");

        // still exactly one entry, and a replay after concluding still answers the stored entry
        var concluded = client.api("POST", base + "/" + id + "/conclusion", coach.token(),
                "{\"guideConfirmed\":true,\"reason\":\"Test van de wachtrij\"}", ok(client.api("GET", base + "/" + id,
                        coach.token(), null)).getInt("version"));
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        var late = client.api("POST", scores, coach.token(), body);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
        assertThat(ToolClient.json(late).getJsonObject("entry")).isEqualTo(ToolClient.json(first).getJsonObject("entry"));
        assertThat(ok(client.api("GET", base + "/" + id, coach.token(), null)).getJsonArray("entries")).hasSize(1);
    }

    private static String keyed(String scoreBody, String key) {
        return scoreBody.substring(0, scoreBody.length() - 1) + ",\"key\":\"" + key + "\"}";
    }

    // ---- one small transaction per score ------------------------------------------------------------------

    @Test
    void recordingOneScoreRunsTheSameFewStatementsHoweverBigTheObservationIs() throws Exception {
        var coach = launch(client, LMS.north(), "coach-1");
        var framework = framework(client, coach);
        var all = ok(client.api("GET", "/api/v1/frameworks/" + framework, coach.token(), null)).getJsonArray("competencies")
                .getValuesAs(JsonObject.class).stream().map(c -> "\"" + c.getString("key") + "\"").toList();

        var small = ToolClient.json(client.api("POST", observations(coach, newParticipant(client, LMS.north())), coach.token(),
                start(framework, "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
        var big = ToolClient.json(client.api("POST", observations(coach, newParticipant(client, LMS.north())), coach.token(),
                start(framework, String.join(",", all), "A", "[\"s1\",\"s2\",\"s3\",\"s4\",\"s5\",\"s6\"]", true)));
        var bigIndicators = indicatorIds(big);
        assertThat(bigIndicators.size()).isGreaterThan(10);
        var bigSituations = situationIds(big);
        for (var situation : bigSituations.subList(2, 6)) { // earlier scores in four other situations
            for (var indicator : bigIndicators) {
                assertThat(client.api("POST", scoresOf(coach, big), coach.token(), score(indicator, situation, "3"))
                        .statusCode()).isEqualTo(201);
            }
        }

        var few = statementsPerScore(coach, small, indicatorIds(small).subList(0, 2), situationIds(small));
        var many = statementsPerScore(coach, big, bigIndicators.subList(0, 2), bigSituations.subList(0, 2));
        System.out.printf("observation: SQL statements per recorded score: %d (2 indicators, no scores) vs %d "
                + "(%d indicators, %d scores)%n", few, many, bigIndicators.size(), bigIndicators.size() * 4);
        assertThat(many).as("statements per score in a big observation vs a small one").isEqualTo(few)
                .isLessThanOrEqualTo(10);
    }

    @Test
    void theCoachsGrowthChartRunsTheSameStatementsForOneObservationAsForSix() throws Exception {
        var coach = launch(client, LMS.north(), "coach-1");
        var framework = framework(client, coach);
        var one = newParticipant(client, LMS.north());
        var six = newParticipant(client, LMS.north());
        observeWithScores(coach, one, framework, 1);
        observeWithScores(coach, six, framework, 6);
        var growthOfSix = ok(client.api("GET", growthOf(coach, six), coach.token(), null));
        assertThat(growthOfSix.getJsonArray("competencies").getJsonObject(0).getJsonArray("points")).hasSize(6);

        var forOne = selectsPerRequest(growthOf(coach, one), coach);
        var forSix = selectsPerRequest(growthOf(coach, six), coach);
        System.out.printf("observation: SQL SELECTs per growth chart: %d (1 observation) vs %d (6 observations)%n",
                forOne, forSix);
        assertThat(forSix).as("SELECTs for the growth chart of 6 observations vs 1").isEqualTo(forOne);
    }

    /** Observations of one competency, each with a score for every indicator in both situations. */
    private void observeWithScores(Person coach, Person participant, String framework, int observations) {
        for (int n = 0; n < observations; n++) {
            var observation = ToolClient.json(client.api("POST", observations(coach, participant), coach.token(),
                    start(framework, "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
            for (var situation : situationIds(observation)) {
                for (var indicator : indicatorIds(observation)) {
                    assertThat(client.api("POST", scoresOf(coach, observation), coach.token(),
                            score(indicator, situation, String.valueOf(2 + n % 3))).statusCode()).isEqualTo(201);
                }
            }
        }
    }

    private static String growthOf(Person coach, Person participant) {
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant.id() + "/growth";
    }

    private long selectsPerRequest(String path, Person coach) throws Exception { // see SelectCount
        return SelectCount.perRequest(client, path, coach.token());
    }

    private String scoresOf(Person coach, JsonObject observation) {
        var participant = observation.getString("participantId");
        return "/api/v1/courses/" + coach.courseId() + "/participants/" + participant + "/observations/"
                + observation.getString("id") + "/scores";
    }

    private static List<String> indicatorIds(JsonObject observation) {
        return observation.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .flatMap(c -> c.getJsonArray("indicators").getValuesAs(JsonObject.class).stream())
                .map(i -> i.getString("id")).toList();
    }

    private static List<String> situationIds(JsonObject observation) {
        return observation.getJsonArray("situations").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    /**
     * SQL statements (SELECT + INSERT/UPDATE) the application's database user ran per recorded score (MariaDB user
     * statistics, which count only this test's database user): the median over one score per given cell.
     */
    private long statementsPerScore(Person coach, JsonObject observation, List<String> indicators, List<String> situations)
            throws Exception {
        try (var count = SelectCount.counting(Statements.READS_AND_WRITES)) {
            Thread.sleep(250);
            // Each score is counted on its own and the median is taken: the server's timers (the score outbox's sweep
            // over every organisation) run as the same database user and can only add statements to one of them.
            var perScore = new ArrayList<Long>();
            for (var situation : situations) {
                for (var indicator : indicators) {
                    perScore.add(count.during(() -> {
                        var recorded = client.api("POST", scoresOf(coach, observation), coach.token(),
                                score(indicator, situation, "4"));
                        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
                        Thread.sleep(100); // the statistics row is written when the statement ends
                    }));
                }
            }
            perScore.sort(null);
            return perScore.get((perScore.size() - 1) / 2);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------
}
