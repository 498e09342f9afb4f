package nl.groeipad.lms.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lti.control.LaunchRecorded;
import nl.groeipad.lti.control.LmsRoles;
import nl.groeipad.lti.entity.PlatformServices;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.control.UniqueKeyViolation;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.tenant.control.TenantRegistry;

/**
 * The whole course in "Mijn deelnemers": reads the course's NRPS context membership and records it in
 * {@code people} (those who never launched: "nog niet gestart"; names and roles from the LMS win; Inactive members
 * leave the list). Refreshed in the background when a coach (or admin) launches from the course — at most once per
 * {@link #AT_MOST_EVERY} per node, never slowing the launch — and when a coach asks. An LMS that offers no NRPS
 * still works: the list holds the people who launched.
 */
@ApplicationScoped
public class RosterSync {

    private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());
    static final Duration AT_MOST_EVERY = Duration.ofMinutes(5);
    static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    @Inject
    TenantRegistry registry;

    @Inject
    ServiceTokens tokens;

    @Inject
    NrpsClient nrps;

    @Inject
    People people;

    @Inject
    CourseAccess access;

    @Inject
    ServiceLinks links;

    @Inject
    TenantScope scope;

    @Inject
    Clock clock;

    @Inject
    RosterSync self;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    /** Whether the course's LMS offers its roster, and when it was last read. */
    public record RosterView(boolean available, Instant refreshedAt, Integer members) {
    }

    void onLaunch(@Observes(during = TransactionPhase.AFTER_SUCCESS) LaunchRecorded launch) {
        if (launch.courseId() == null || launch.role() == Role.PARTICIPANT || !launch.services().offersRoster()) {
            return;
        }
        var key = launch.tenant().value() + " " + launch.courseId();
        var now = clock.instant();
        var previous = started.get(key);
        if (previous != null && previous.isAfter(now.minus(AT_MOST_EVERY))) {
            return;
        }
        var mine = previous == null ? started.putIfAbsent(key, now) == null : started.replace(key, previous, now);
        if (!mine) {
            return; // another launch of this course started it just now
        }
        executor.execute(() -> {
            try {
                self.refreshFor(launch.tenant(), launch.courseId());
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "The roster of course " + launch.courseId() + " (tenant " + launch.tenant()
                        + ") could not be read from the LMS now: " + e.getMessage());
            }
        });
    }

    /** Where the course's roster stands (coach or admin of the course). */
    @Transactional
    public RosterView status(Session session, String courseId) {
        access.coachedCourse(session, courseId);
        return new RosterView(links.rosterOf(courseId).isPresent(), people.rosterRefreshedAt(courseId).orElse(null), null);
    }

    /** Reads the course's roster from the LMS now (coach or admin of the course); 409 when the LMS offers none or fails. */
    public RosterView refresh(Session session, String courseId) {
        self.checkCoach(session, courseId);
        return self.refreshFor(session.tenant(), courseId);
    }

    @Transactional
    public void checkCoach(Session session, String courseId) {
        access.coachedCourse(session, courseId);
    }

    @ActivateRequestContext
    public RosterView refreshFor(TenantId tenant, String courseId) {
        var services = scope.actingFor(tenant, () -> self.rosterOf(courseId))
                .orElseThrow(() -> new Conflict("roster-unavailable", Text.of(
                        "De leeromgeving geeft Groeipad geen deelnemerslijst. Zet in Moodle de dienst 'Names and Role "
                                + "Provisioning' aan voor Groeipad.",
                        "The learning environment gives Groeipad no list of participants. Turn on the service 'Names and "
                                + "Role Provisioning' for Groeipad in Moodle.")));
        var platform = registry.byId(tenant).orElseThrow(() -> unavailable("the registration was removed"));
        List<NrpsClient.Member> members;
        try {
            members = nrps.members(services.contextMemberships(), tokens.token(platform, List.of(SCOPE_NRPS)));
        } catch (ServiceTokens.Unavailable e) {
            throw unavailable(e.getMessage());
        } catch (NrpsClient.Failure e) {
            throw unavailable(e.getMessage());
        }
        var roster = members.stream().map(m -> new People.RosterMember(m.userId(),
                new PersonalDetails(m.givenName(), m.familyName(), m.name(), m.email(), null), LmsRoles.of(m.roles()),
                m.active())).toList();
        var now = clock.instant();
        int count;
        try {
            count = scope.actingFor(tenant, () -> self.record(courseId, roster, now));
        } catch (RuntimeException e) {
            if (!UniqueKeyViolation.in(e)) {
                throw e;
            }
            // A first launch or another refresh created one of these people at the same moment: once more finds them.
            count = scope.actingFor(tenant, () -> self.record(courseId, roster, now));
        }
        LOG.fine("Roster of course " + courseId + " (tenant " + tenant + "): " + count + " members");
        return new RosterView(true, now, count);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PlatformServices> rosterOf(String courseId) {
        return links.rosterOf(courseId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int record(String courseId, List<People.RosterMember> roster, Instant now) {
        return people.recordRoster(courseId, roster, now);
    }

    private static Conflict unavailable(String why) {
        return new Conflict("lms-unavailable", Text.of(
                "De deelnemerslijst kon nu niet uit de leeromgeving worden gehaald. Probeer het later opnieuw. (" + why + ")",
                "The list of participants could not be read from the learning environment now. Try again later. (" + why + ")"));
    }
}
