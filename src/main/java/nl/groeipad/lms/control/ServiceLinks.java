package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.Optional;
import nl.groeipad.lms.entity.ServiceLink;
import nl.groeipad.lti.control.LaunchRecorded;
import nl.groeipad.lti.entity.PlatformServices;
import nl.groeipad.platform.control.TenantData;

/**
 * Keeps, per course and resource link, the AGS and NRPS endpoints the platform offered with its latest launch
 * (written in the launch's transaction; a launch whose claims did not change writes nothing).
 */
@ApplicationScoped
public class ServiceLinks {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    void onLaunch(@Observes LaunchRecorded launch) {
        if (launch.courseId() == null || launch.resourceLinkId() == null || launch.resourceLinkId().length() > 255) {
            return;
        }
        var em = data.em();
        var existing = em.createNamedQuery(ServiceLink.OF, ServiceLink.class)
                .setParameter("courseId", launch.courseId()).setParameter("resourceLinkId", launch.resourceLinkId())
                // the launch's changes to the person and the enrolment do not touch service links: they are written at
                // the commit, once, instead of being flushed before this read
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().offered(launch.registrationId(), launch.services(), clock.instant());
        } else if (launch.services().offersGrades() || launch.services().offersRoster()) {
            em.persist(new ServiceLink(launch.courseId(), launch.resourceLinkId(), launch.registrationId(), launch.services(),
                    clock.instant()));
            em.flush(); // a racing first launch meets the unique key here; the launch runs again
        }
    }

    /** The NRPS service of the course's most recent launch that offered it, with its registration; in a transaction. */
    public Optional<Offered> rosterOf(String courseId) {
        return data.em().createNamedQuery(ServiceLink.OF_COURSE, ServiceLink.class).setParameter("courseId", courseId)
                .getResultStream().filter(l -> l.services().offersRoster())
                .map(l -> new Offered(l.registrationId(), l.services())).findFirst();
    }

    /**
     * Whether the course's LMS offers a line-items endpoint, so that Groeipad can keep line items of its own there.
     * Asked at every progress change (a tick), so it is one statement on the course's index that reads one id, and no
     * cache: the database is the truth on every node.
     */
    public boolean offersOwnLineItems(String courseId) {
        return !data.em().createNamedQuery(ServiceLink.WITH_LINE_ITEMS, String.class).setParameter("courseId", courseId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Services as offered through a registration. */
    public record Offered(String registrationId, PlatformServices services) {
    }
}
