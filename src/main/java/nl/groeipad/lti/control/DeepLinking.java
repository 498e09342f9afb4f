package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.DEEP_LINKING_NOT_ALLOWED;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.DEEP_LINKING_TYPE_NOT_ACCEPTED;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.lti.control.SignedForms.Purpose;
import nl.groeipad.lti.entity.DeepLinkChoice;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.route.control.Routes;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;

/**
 * Deep Linking 2.0 (issue 10 §4): a teacher adding Groeipad through the platform's "Select content" chooses what
 * the activity opens. The accepted LtiDeepLinkingRequest becomes a signed {@link Purpose#DEEP_LINKING} token the
 * picker page carries (who chose, for which registration and deployment, where to answer, the {@code data} to
 * echo); the chosen option is checked against the organisation's own routes and published competencies; the
 * answer is the signed LtiDeepLinkingResponse of {@link DeepLinkingResponses}.
 */
@ApplicationScoped
public class DeepLinking {

    static final String LTI_RESOURCE_LINK = "ltiResourceLink";

    @Inject
    SignedForms forms;

    @Inject
    Routes routes;

    @Inject
    Frameworks frameworks;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantScope scope;

    @Inject
    DeepLinkingResponses responses;

    /** What a teacher can choose from: the organisation's route templates and the competencies of its published frameworks. */
    public record Options(List<RouteOption> routes, List<FrameworkOption> frameworks) {
    }

    public record RouteOption(String id, String title, String description) {
    }

    public record FrameworkOption(String title, List<CompetencyOption> competencies) {
    }

    public record CompetencyOption(String key, String code, String title) {
    }

    /** A request being answered, as the picker page carried it back. */
    public record Pending(Session who, String registrationId, String deploymentId, String returnUrl, String data) {
        public String language() {
            return who.language();
        }
    }

    /** The answer to post to the platform's {@code deep_link_return_url}. */
    public record Answer(String returnUrl, String jwt, DeepLinkChoice choice) {
    }

    /**
     * The picker's signed request. Only a coach or administrator places activities, and only where the platform takes
     * an {@code ltiResourceLink}.
     */
    public String pending(Launch launch, Registration registration, Session who) throws LaunchRejection {
        if (!who.role().atLeastCoach()) {
            throw new LaunchRejection(DEEP_LINKING_NOT_ALLOWED, "deep linking request by a " + who.role());
        }
        var settings = launch.deepLinking();
        if (!settings.acceptTypes().isEmpty() && !settings.acceptTypes().contains(LTI_RESOURCE_LINK)) {
            throw new LaunchRejection(DEEP_LINKING_TYPE_NOT_ACCEPTED, "accept_types " + settings.acceptTypes());
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("tid", who.tenant().value());
        facts.put("uid", who.userId());
        facts.put("role", who.role().name());
        if (who.courseId() != null) {
            facts.put("cid", who.courseId());
        }
        facts.put("loc", who.language());
        facts.put("reg", registration.id());
        facts.put("deployment_id", launch.deploymentId());
        facts.put("return_url", settings.returnUrl());
        if (settings.data() != null) {
            facts.put("data", settings.data());
        }
        return forms.sign(Purpose.DEEP_LINKING, facts);
    }

    /** The request a picker page carried back, if we signed it and it has not expired; enters its organisation. */
    public Optional<Pending> pending(String token) {
        return forms.verify(Purpose.DEEP_LINKING, token).flatMap(DeepLinking::read).map(p -> {
            scope.enter(p.who().tenant());
            return p;
        });
    }

    private static Optional<Pending> read(JWTClaimsSet claims) {
        try {
            var who = new Session(TenantId.of(claims.getStringClaim("tid")), claims.getStringClaim("uid"),
                    Role.valueOf(claims.getStringClaim("role")), claims.getStringClaim("cid"),
                    claims.getStringClaim("loc"), null);
            return Optional.of(new Pending(who, claims.getStringClaim("reg"), claims.getStringClaim("deployment_id"),
                    claims.getStringClaim("return_url"), claims.getStringClaim("data")));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public Options options(Session who) {
        var routeOptions = routes.templates(who).stream()
                .filter(r -> DeepLinkChoice.ID.matcher(r.id()).matches())
                .map(r -> new RouteOption(r.id(), r.title(), r.description())).toList();
        var frameworkOptions = frameworks.publishedFrameworks(who).stream()
                .map(f -> new FrameworkOption(f.title(), f.competencies().stream()
                        .filter(c -> DeepLinkChoice.ID.matcher(c.key()).matches())
                        .map(c -> new CompetencyOption(c.key(), c.code(), c.title())).toList()))
                .filter(f -> !f.competencies().isEmpty()).toList();
        return new Options(routeOptions, frameworkOptions);
    }

    /**
     * The signed answer for the option the teacher chose: {@code home}, {@code route:<id>} of one of the
     * organisation's route templates, or {@code competency:<key>} of a published competency. Anything else is refused
     * as an invalid {@code choice}.
     */
    public Answer answer(Pending pending, String option, String launchUrl) {
        var registration = registry.byId(TenantId.of(pending.registrationId()))
                .orElseThrow(() -> invalid("registration"));
        var choice = choice(pending, option);
        var jwt = responses.answer(new DeepLinkingResponses.Request(registration.clientId(), registration.issuer(),
                pending.deploymentId(), pending.data()), launchUrl, choice,
                Text.of("Groeipad is toegevoegd: " + choice.title(), "Groeipad was added: " + choice.title())
                        .in(pending.language()));
        return new Answer(pending.returnUrl(), jwt, choice);
    }

    private DeepLinkChoice choice(Pending pending, String option) {
        var who = pending.who();
        var en = "en".equals(pending.language());
        if ("home".equals(option)) {
            return new DeepLinkChoice.Home(en ? "My Groeipad" : "Mijn groeipad",
                    en ? "Your plan, today's tasks and your progress." : "Je plan, je taken van vandaag en je voortgang.");
        }
        if (option != null && option.startsWith("route:")) {
            var id = option.substring("route:".length());
            if (!DeepLinkChoice.ID.matcher(id).matches()) {
                throw invalid("choice");
            }
            var route = routes.templates(who).stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> invalid("choice"));
            return new DeepLinkChoice.Route(route.id(), route.title(), route.description() == null || route.description().isBlank()
                    ? (en ? "A development route in Groeipad." : "Een ontwikkelroute in Groeipad.")
                    : shorten(route.description()));
        }
        if (option != null && option.startsWith("competency:")) {
            var key = option.substring("competency:".length());
            if (!DeepLinkChoice.ID.matcher(key).matches()) {
                throw invalid("choice");
            }
            var found = frameworks.competencyByKey(who, key).orElseThrow(() -> invalid("choice"));
            var title = (en ? "Observation: " : "Observatie: ") + found.competency().title();
            return new DeepLinkChoice.Observation(key, title, en
                    ? "The coach observes " + found.competency().title() + " at work (" + found.frameworkTitle() + ")."
                    : "De begeleider observeert " + found.competency().title() + " op het werk (" + found.frameworkTitle() + ").");
        }
        throw invalid("choice");
    }

    private static String shorten(String text) {
        var plain = text.strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199) + "…";
    }

    private static InvalidField invalid(String field) {
        return new InvalidField(field, Text.of("Kies wat de activiteit opent.", "Choose what the activity opens."));
    }
}
