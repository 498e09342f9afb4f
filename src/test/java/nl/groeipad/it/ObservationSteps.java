package nl.groeipad.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up steps over HTTP that the observation, evidence-photo, completion, certificate and route ITs share (beside
 * {@link CompletionSteps}, which brings a route to a passed completion): an IT class's two organisations, registered
 * on first use and closed when the class ends; people launched from their LMS; the demo framework; the bodies of an
 * observation's start and of a score; the starter route given to a participant; and the problem+json assertions.
 */
final class ObservationSteps {

    /** The key of the demo framework "Werknemersvaardigheden (WPO-stijl)". */
    static final String DEMO_FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";
    /** A competency of the demo framework: "Advies vragen". */
    static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    static final String STARTER_ROUTE = "Starten in de groenvoorziening";

    private ObservationSteps() {
    }

    /** Someone launched from an LMS: their user id, session token and the course they came from. */
    record Person(String id, String token, String courseId) {
    }

    /** An organisation: its LMS, the session tokens of its coach and two participants, and their ids. */
    record Organisation(TestPlatform platform, String coach, String participant, String otherParticipant,
                        String courseId, String participantId, String otherParticipantId) {
    }

    /**
     * The two organisations of an IT class, "north" and "south", each registered the first time a test asks for it
     * (as a {@link TestPlatform} or as an {@link Organisation} with its people). Registered as the class's extension
     * ({@code @RegisterExtension static final}), it stops their LMSs when the class ends; else {@link #close()} in
     * the class's {@code @AfterAll} does.
     */
    static final class NorthAndSouth<T> implements AutoCloseable, AfterAllCallback {
        private final String northName;
        private final String southName;
        private final BiFunction<ToolClient, String, T> register;
        private final Function<T, TestPlatform> platform;
        private T north;
        private T south;

        NorthAndSouth(String northName, String southName, BiFunction<ToolClient, String, T> register,
                              Function<T, TestPlatform> platform) {
            this.northName = northName;
            this.southName = southName;
            this.register = register;
            this.platform = platform;
        }

        /** North, registered through the app under test (asked only once the app is ready). */
        T north() {
            return north(new ToolClient(Deployments.base()));
        }

        T south() {
            return south(new ToolClient(Deployments.base()));
        }

        T north(ToolClient client) {
            if (north == null) {
                north = register.apply(client, northName);
            }
            return north;
        }

        T south(ToolClient client) {
            if (south == null) {
                south = register.apply(client, southName);
            }
            return south;
        }

        @Override
        public void afterAll(ExtensionContext context) {
            close();
        }

        @Override
        public void close() {
            for (var organisation : List.of(Optional.ofNullable(north), Optional.ofNullable(south))) {
                organisation.map(platform).ifPresent(TestPlatform::close);
            }
        }
    }

    /** Two organisations, each only its LMS. */
    static NorthAndSouth<TestPlatform> platforms(String northName, String southName) {
        return new NorthAndSouth<>(northName, southName, ObservationSteps::register, Function.identity());
    }

    /** Two organisations, each with a coach and two participants ({@link #organisation}). */
    static NorthAndSouth<Organisation> organisations(String northName, String southName) {
        return new NorthAndSouth<>(northName, southName, ObservationSteps::organisation, Organisation::platform);
    }

    /** A new organisation with its own in-test LMS, registered by the operator. */
    static TestPlatform register(ToolClient client, String name) {
        try {
            return TestPlatform.registeredAt(client, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new organisation with its coach ("coach-1") and two participants ("learner-1", "learner-2"), each launched
     * in a browser of their own.
     */
    static Organisation organisation(ToolClient client, String name) {
        var platform = register(client, name);
        platform.person("learner-2", "Deelnemer", "Twee", TestPlatform.LEARNER);
        var coach = token(platform, "coach-1");
        var participant = token(platform, "learner-1");
        var other = token(platform, "learner-2");
        return new Organisation(platform, coach, participant, other, me(client, coach).getJsonObject("course").getString("id"),
                me(client, participant).getJsonObject("user").getString("id"),
                me(client, other).getJsonObject("user").getString("id"));
    }

    /** The session token of {@code subject} launched from the platform in a fresh browser. */
    static String token(TestPlatform platform, String subject) {
        return ToolClient.sessionToken(new ToolClient(Deployments.base()).launch(platform, subject));
    }

    /** What {@code /api/v1/me} says of the session. */
    static JsonObject me(ToolClient client, String token) {
        return CompletionSteps.ok(client.api("GET", "/api/v1/me", token, null));
    }

    /** {@code subject} launched from the platform in a fresh browser. */
    static Person launch(ToolClient client, TestPlatform platform, String subject) {
        var token = ToolClient.sessionToken(client.freshBrowser().launch(platform, subject));
        var me = ToolClient.json(client.api("GET", "/api/v1/me", token, null));
        return new Person(me.getJsonObject("user").getString("id"), token, me.getJsonObject("course").getString("id"));
    }

    /** A participant new to the platform, launched. */
    static Person newParticipant(ToolClient client, TestPlatform platform) {
        var subject = "learner-" + UUID.randomUUID();
        platform.person(subject, "Deelnemer", subject.substring(8, 16), TestPlatform.LEARNER);
        return launch(client, platform, subject);
    }

    /** The id of the published version of the demo framework, as the coach sees it. */
    static String framework(ToolClient client, Person coach) {
        var list = ToolClient.jsonArray(client.api("GET", "/api/v1/frameworks", coach.token(), null));
        return list.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("key").equals(DEMO_FRAMEWORK_KEY))
                .findFirst().orElseThrow().getJsonObject("published").getString("id");
    }

    /** The body that starts an observation ({@code competencyKeys} and {@code situations} as JSON). */
    static String start(String framework, String competencyKeys, String level, String situations,
                        boolean guideConfirmed) {
        return """
                {"frameworkVersionId":"%s","competencyKeys":[%s],"level":"%s","situations":%s,"guideConfirmed":%s}"""
                .formatted(framework, competencyKeys, level, situations, guideConfirmed);
    }

    /** The body of one score ({@code score} as JSON: a number, or a string such as "niet-gezien"). */
    static String score(String indicator, String situation, String score) {
        return "{\"indicatorId\":\"" + indicator + "\",\"situationId\":\"" + situation + "\",\"score\":" + score + "}";
    }

    /** {@code /api/v1/courses/{the coach's course}/participants/{participant}}. */
    static String participantPath(Person coach, Person participant) {
        return CompletionSteps.participantPath(coach.courseId(), participant.id());
    }

    static String observations(Person coach, Person participant) {
        return participantPath(coach, participant) + "/observations";
    }

    /** The coach gives the participant the starter route "Starten in de groenvoorziening" (201). */
    static void giveStarterRoute(ToolClient client, String coach, String courseId, String participantId) {
        var starter = ToolClient.jsonArray(client.api("GET", "/api/v1/routes", coach, null))
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(STARTER_ROUTE)).findFirst().orElseThrow();
        CompletionSteps.created(client.api("POST", CompletionSteps.participantPath(courseId, participantId) + "/route",
                coach, "{\"templateId\":\"" + starter.getString("id") + "\",\"replace\":true}"));
    }

    /** The coach gives the participant (of the coach's course) the starter route (201). */
    static void giveStarterRoute(ToolClient client, Person coach, Person participant) {
        giveStarterRoute(client, coach.token(), coach.courseId(), participant.id());
    }

    /** A problem+json answer with this status and (when not null) this problem type. */
    static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (type != null) {
            assertThat(ToolClient.json(response).getString("type")).endsWith("/" + type);
        }
    }

    /** A 400 problem+json answer that names {@code field} among its errors. */
    static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400, null);
        assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    /** A problem+json answer with this status that (when {@code field} is not null) names the field among its errors. */
    static void assertProblemNaming(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(ToolClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }
}
