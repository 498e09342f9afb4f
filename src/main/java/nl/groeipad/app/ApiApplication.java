package nl.groeipad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.groeipad.catalogue.boundary.CatalogueItemsResource;
import nl.groeipad.catalogue.boundary.SharedCatalogueItemsResource;
import nl.groeipad.coach.boundary.AttentionResource;
import nl.groeipad.coach.boundary.CoachVisitResource;
import nl.groeipad.credential.boundary.BranchIssuerChoicesResource;
import nl.groeipad.credential.boundary.CredentialIssuersResource;
import nl.groeipad.credential.boundary.CredentialsResource;
import nl.groeipad.credential.boundary.IssuingRegisterResource;
import nl.groeipad.credential.boundary.MyCompletionResource;
import nl.groeipad.credential.boundary.MyCredentialsResource;
import nl.groeipad.credential.boundary.ParticipantCredentialsResource;
import nl.groeipad.credential.boundary.ParticipantCompletionResource;
import nl.groeipad.credential.boundary.CourseCompletionsResource;
import nl.groeipad.competency.boundary.FrameworksResource;
import nl.groeipad.intake.boundary.MyIntakeResource;
import nl.groeipad.intake.boundary.ParticipantIntakesResource;
import nl.groeipad.lms.boundary.CourseGradesResource;
import nl.groeipad.lms.boundary.CourseRosterResource;
import nl.groeipad.lms.boundary.ParticipantGradesResource;
import nl.groeipad.evaluation.boundary.MyEvaluationsResource;
import nl.groeipad.evaluation.boundary.ParticipantEvaluationsResource;
import nl.groeipad.observation.boundary.MyObservationPhotosResource;
import nl.groeipad.observation.boundary.MyProgressResource;
import nl.groeipad.observation.boundary.ObservationGuideResource;
import nl.groeipad.observation.boundary.OfflineResultsResource;
import nl.groeipad.observation.boundary.ParticipantGrowthResource;
import nl.groeipad.observation.boundary.ParticipantObservationsResource;
import nl.groeipad.lti.boundary.AdminKeysResource;
import nl.groeipad.lti.boundary.SessionFilter;
import nl.groeipad.lti.boundary.SessionResource;
import nl.groeipad.people.boundary.MeResource;
import nl.groeipad.plan.boundary.CourseParticipantsResource;
import nl.groeipad.plan.boundary.GoalsResource;
import nl.groeipad.plan.boundary.MyPlanResource;
import nl.groeipad.plan.boundary.PlansResource;
import nl.groeipad.plan.boundary.TasksResource;
import nl.groeipad.platform.boundary.AdminSecretFilter;
import nl.groeipad.route.boundary.CourseRoutesResource;
import nl.groeipad.route.boundary.MyRouteResource;
import nl.groeipad.route.boundary.ParticipantRoutesResource;
import nl.groeipad.route.boundary.RoutesResource;
import nl.groeipad.tenant.boundary.OrganisationResource;
import nl.groeipad.tenant.boundary.RegistrationsResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}. Every call carries a session token ({@code Authorization: Bearer}) issued
 * by an LTI launch; the operator's resources (marked {@code @OperatorOnly}, under {@code /api/v1/admin}) take the
 * admin secret ({@code X-Admin-Secret}) instead. Errors are RFC 9457 problems. This class is the wiring of the
 * API: it lists each feature's resources; register a new resource here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Groeipad API", version = "1",
        description = "JSON API of Groeipad. Authenticate with the session token from an LTI launch."))
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(securitySchemeName = "admin", type = SecuritySchemeType.APIKEY, apiKeyName = "X-Admin-Secret",
        in = SecuritySchemeIn.HEADER)
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Web.withApiProviders(Set.of(
                SessionFilter.class, AdminSecretFilter.class,
                MeResource.class, SessionResource.class, AdminKeysResource.class,
                RegistrationsResource.class, OrganisationResource.class,
                CatalogueItemsResource.class, SharedCatalogueItemsResource.class,
                FrameworksResource.class,
                CourseParticipantsResource.class, MyPlanResource.class, PlansResource.class, GoalsResource.class,
                TasksResource.class,
                RoutesResource.class, ParticipantRoutesResource.class, MyRouteResource.class, CourseRoutesResource.class,
                MyIntakeResource.class, ParticipantIntakesResource.class,
                AttentionResource.class, CoachVisitResource.class,
                ParticipantCredentialsResource.class, CredentialsResource.class, MyCredentialsResource.class, MyCompletionResource.class,
                ParticipantCompletionResource.class, CourseCompletionsResource.class,
                IssuingRegisterResource.class,
                CredentialIssuersResource.class, BranchIssuerChoicesResource.class,
                ParticipantObservationsResource.class, OfflineResultsResource.class, ObservationGuideResource.class,
                MyProgressResource.class, MyObservationPhotosResource.class, ParticipantGrowthResource.class, ParticipantEvaluationsResource.class, MyEvaluationsResource.class,
                CourseGradesResource.class, ParticipantGradesResource.class, CourseRosterResource.class));
    }
}
