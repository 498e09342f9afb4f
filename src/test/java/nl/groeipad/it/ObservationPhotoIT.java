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
import static nl.groeipad.it.ObservationSteps.start;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.groeipad.it.ObservationSteps.Person;
import nl.groeipad.it.ObservationSteps.NorthAndSouth;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evidence photos of an observation over real HTTP, on Payara Micro against MariaDB (issue 9 §1/§2): a coach adds a
 * photo in a work situation (for one behaviour), the same rules as task photos (JPEG/PNG/WebP by the first bytes,
 * over 2 MB is 413, no image is 400 naming {@code photo}, a body that is not image/* is 415); the same key again is
 * the same photo, stored once; the participant sees the photos only once the observation is concluded; another
 * organisation's coach and another course's coach are refused (404), a participant on the coach's part (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationPhotoIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};

    @RegisterExtension
    static final NorthAndSouth<TestPlatform> LMS =
            ObservationSteps.platforms("Leerwerkbedrijf Observatie Noord", "Leerwerkbedrijf Observatie Zuid");
    private final ToolClient client = new ToolClient(Deployments.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.groeipad();
    }

    @Test
    void aCoachAddsEvidenceOnce_byTheRulesOfTaskPhotos_theParticipantSeesItOnlyOnceConcluded() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var sam = newParticipant(client, platform);
        var base = observations(coach, sam);
        var observation = ToolClient.json(client.api("POST", base, coach.token(),
                start(framework(client, coach), "\"" + ADVIES + "\"", "A", "[\"inpakken lijn 2\",\"magazijn\"]", true)));
        var id = observation.getString("id");
        var s1 = observation.getJsonArray("situations").getJsonObject(0).getString("id");
        var s2 = observation.getJsonArray("situations").getJsonObject(1).getString("id");
        var i1 = observation.getJsonArray("competencies").getJsonObject(0).getJsonArray("indicators").getJsonObject(0)
                .getString("id");
        assertThat(observation.getJsonArray("photos")).isEmpty();
        var key = UUID.randomUUID().toString();
        var photos = base + "/" + id + "/situations/" + s1 + "/photos";

        // taken for one behaviour in the first situation, with the device's key
        var added = client.upload("POST", photos + "?indicatorId=" + i1 + "&key=" + key, coach.token(), "image/png", PNG);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var photo = ToolClient.json(added).getJsonObject("photo");
        var photoId = photo.getString("id");
        assertThat(photo.getString("situationId")).isEqualTo(s1);
        assertThat(photo.getString("situation")).isEqualTo("inpakken lijn 2");
        assertThat(photo.getString("indicatorId")).isEqualTo(i1);
        assertThat(photo.getString("observer")).isEqualTo("lead");
        assertThat(photo.getString("mediaType")).isEqualTo("image/png");
        assertThat(photo.getInt("size")).isEqualTo(PNG.length);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(base + "/" + id + "/photos/" + photoId);
        assertThat(ToolClient.etag(added)).isEqualTo(ToolClient.json(added).getInt("version"));

        // the offline queue sends it again (a lost answer, the connection back): the same photo, stored once
        var again = client.upload("POST", photos + "?indicatorId=" + i1 + "&key=" + key, coach.token(), "image/png", PNG);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(ToolClient.json(again).getJsonObject("photo")).isEqualTo(photo);
        assertProblem(client.upload("POST", photos + "?indicatorId=" + i1 + "&key=" + key, coach.token(), "image/jpeg", JPEG),
                409, "idempotency-key-reused");
        assertProblem(client.upload("POST", base + "/" + id + "/situations/" + s2 + "/photos?indicatorId=" + i1 + "&key=" + key,
                coach.token(), "image/png", PNG), 409, "idempotency-key-reused");

        // the rules of task photos
        var tooLarge = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, tooLarge, 0, PNG.length);
        assertProblem(client.upload("POST", photos, coach.token(), "image/png", tooLarge), 413, "too-large");
        assertField(client.upload("POST", photos, coach.token(), "image/png",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)), "photo");
        assertField(client.upload("POST", photos, coach.token(), "image/png", new byte[0]), "photo");
        var wrongType = client.upload("POST", photos, coach.token(), "text/plain", PNG);
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(415);
        assertField(client.upload("POST", photos + "?key=not-a-uuid", coach.token(), "image/png", PNG), "key");
        assertField(client.upload("POST", photos + "?indicatorId=" + UUID.randomUUID(), coach.token(), "image/png", PNG),
                "indicatorId");
        assertField(client.upload("POST", base + "/" + id + "/situations/" + UUID.randomUUID() + "/photos", coach.token(),
                "image/png", PNG), "situationId");
        // one for the whole situation (no behaviour), a JPEG
        var second = client.upload("POST", base + "/" + id + "/situations/" + s2 + "/photos", coach.token(), "image/jpeg", JPEG);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        var whole = ToolClient.json(second).getJsonObject("photo");
        assertThat(!whole.containsKey("indicatorId") || whole.isNull("indicatorId")).as(whole.toString()).isTrue();

        // the coach's observation lists both, without bytes; the bytes at their own address. Photos are listed by the
        // time they were taken, which the database keeps in whole seconds here (README, Known issues): two taken
        // within one second, as these, may come in either order.
        var seen = ok(client.api("GET", base + "/" + id, coach.token(), null));
        assertThat(seen.getJsonArray("photos").getValuesAs(JsonObject.class)).extracting(p -> p.getString("mediaType"))
                .containsExactlyInAnyOrder("image/png", "image/jpeg");
        var bytes = client.download(base + "/" + id + "/photos/" + photoId, coach.token());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(bytes.body()).isEqualTo(PNG);
        assertThat(client.download(base + "/" + id + "/photos/" + UUID.randomUUID(), coach.token()).statusCode()).isEqualTo(404);

        // the participant: never the evidence of an open observation
        var mine = "/api/v1/me/observations/" + id + "/photos/" + photoId;
        assertThat(client.download(mine, sam.token()).statusCode()).isEqualTo(404);
        assertThat(client.download(base + "/" + id + "/photos/" + photoId, sam.token()).statusCode()).isEqualTo(403);
        assertThat(ok(client.api("GET", "/api/v1/me/progress", sam.token(), null)).getJsonArray("observations")).isEmpty();

        // concluded: the participant sees them; nothing can be added any more, a replay still answers the photo
        ok(client.api("POST", base + "/" + id + "/conclusion", coach.token(),
                "{\"guideConfirmed\":true,\"reason\":\"Alleen bewijs verzameld\"}", seen.getInt("version")));
        var shown = client.download(mine, sam.token());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).isEqualTo(PNG);
        var progress = ok(client.api("GET", "/api/v1/me/progress", sam.token(), null));
        assertThat(progress.getJsonArray("observations").getJsonObject(0).getJsonArray("photos")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("id")).contains(photoId);
        assertProblem(client.upload("POST", photos, coach.token(), "image/png", PNG), 409, "observation-concluded");
        var late = client.upload("POST", photos + "?indicatorId=" + i1 + "&key=" + key, coach.token(), "image/png", PNG);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
        assertThat(ToolClient.json(late).getJsonObject("photo").getString("id")).isEqualTo(photoId);
        assertThat(ok(client.api("GET", base + "/" + id, coach.token(), null)).getJsonArray("photos")).hasSize(2);
        // another participant of the course, and the coach on the participant's address
        var other = newParticipant(client, platform);
        assertThat(client.download(mine, other.token()).statusCode()).isEqualTo(404);
        assertThat(client.download(mine, coach.token()).statusCode()).isEqualTo(403);
    }

    @Test
    void aParticipantAnotherOrganisationsCoachAndAnotherCoursesCoachAreRefused_nothingIsStored() {
        var platform = LMS.north();
        var coach = launch(client, platform, "coach-1");
        var ann = newParticipant(client, platform);
        var base = observations(coach, ann);
        var created = ToolClient.json(client.api("POST", base, coach.token(),
                start(framework(client, coach), "\"" + ADVIES + "\"", "A", "[\"a\",\"b\"]", true)));
        var id = created.getString("id");
        var situation = created.getJsonArray("situations").getJsonObject(0).getString("id");
        var photoId = ToolClient.json(client.upload("POST", base + "/" + id + "/situations/" + situation + "/photos",
                coach.token(), "image/png", PNG)).getJsonObject("photo").getString("id");
        var version = ok(client.api("GET", base + "/" + id, coach.token(), null)).getInt("version");

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
        var upload = base + "/" + id + "/situations/" + situation + "/photos";
        var download = base + "/" + id + "/photos/" + photoId;
        assertProblem(client.upload("POST", upload, ann.token(), "image/png", PNG), 403, null);
        assertThat(client.download(download, ann.token()).statusCode()).isEqualTo(403);
        for (var caller : List.of(stranger, otherCourseCoach)) {
            assertProblem(client.upload("POST", upload, caller.token(), "image/png", PNG), 404, null);
            assertThat(client.download(download, caller.token()).statusCode()).isEqualTo(404);
            // the same paths under the caller's own course: the participant is not theirs
            assertProblem(client.upload("POST", upload.replace(coach.courseId(), caller.courseId()), caller.token(),
                    "image/png", PNG), 404, null);
            assertThat(client.download(download.replace(coach.courseId(), caller.courseId()), caller.token())
                    .statusCode()).isEqualTo(404);
            assertThat(client.download("/api/v1/me/observations/" + id + "/photos/" + photoId, caller.token())
                    .statusCode()).isIn(403, 404);
        }
        // a too-large upload by someone refused is refused for who they are, not for its size
        assertProblem(client.upload("POST", upload, ann.token(), "image/png", new byte[2 * 1024 * 1024 + 10]), 403, null);
        var after = ok(client.api("GET", base + "/" + id, coach.token(), null));
        assertThat(after.getInt("version")).isEqualTo(version);
        assertThat(after.getJsonArray("photos")).hasSize(1);
    }
}
