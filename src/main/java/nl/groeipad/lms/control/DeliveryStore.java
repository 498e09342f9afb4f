package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import nl.groeipad.lms.entity.LineItemRef;
import nl.groeipad.lms.entity.OwnLineItem;
import nl.groeipad.lms.entity.RetryPolicy;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.lms.entity.ScoreDelivery;
import nl.groeipad.lms.entity.ServiceLink;
import nl.groeipad.lms.entity.DeliveryState;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.control.UniqueKeyViolation;
import nl.groeipad.platform.entity.TenantId;

/**
 * The outbox worker's transactions, each short and acting for one organisation: claim due rows (a lease, so that
 * several nodes never send the same row at once and a crashed node's rows come back), record the outcomes, and keep
 * the line items found or created per course and resourceId. Nothing here waits for the LMS.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    TenantScope scope;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    DeliveryStore self;

    /** A claimed row with what sending it needs: where the course's services are, as last offered at launch. */
    public record Claimed(String id, String courseId, String lmsUserId, LineItemRef target, Score score, Instant timestamp,
                          String launchLineItem, String lineItems, List<String> agsScopes) {
    }

    /** One attempt's outcome ({@code outcome} null: not attempted, due again at {@code postponeTo}). */
    public record Result(String id, RetryPolicy.Outcome outcome, String lineItemUrl, String error, Instant postponeTo) {
        static Result attempted(String id, RetryPolicy.Outcome outcome, String lineItemUrl, String error) {
            return new Result(id, outcome, lineItemUrl, error, null);
        }

        static Result postponed(String id, Instant when, String why) {
            return new Result(id, null, null, why, when);
        }
    }

    @ActivateRequestContext
    public List<Claimed> claim(TenantId tenant, int limit, Duration lease) {
        return scope.actingFor(tenant, () -> self.claimDue(limit, lease));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(int limit, Duration lease) {
        var em = data.em();
        var now = clock.instant();
        var ids = em.createNamedQuery(ScoreDelivery.DUE, String.class).setParameter("now", now).setMaxResults(limit)
                .getResultList();
        var claimed = new ArrayList<Claimed>();
        var servicesOfCourse = new HashMap<String, List<ServiceLink>>();
        for (var id : ids) {
            // The claim is a conditional update: of several nodes that read the same due row, one updates it.
            var won = em.createNamedQuery(ScoreDelivery.CLAIM).setParameter("id", id).setParameter("now", now)
                    .setParameter("until", now.plus(lease)).executeUpdate() == 1;
            if (!won) {
                continue;
            }
            var row = em.find(ScoreDelivery.class, id);
            var links = servicesOfCourse.computeIfAbsent(row.courseId(), course -> em
                    .createNamedQuery(ServiceLink.OF_COURSE, ServiceLink.class).setParameter("courseId", course).getResultList());
            var launchItem = links.stream().map(l -> l.services().lineItem()).filter(u -> u != null).findFirst().orElse(null);
            var withItems = links.stream().map(ServiceLink::services).filter(s -> s.lineItems() != null).findFirst();
            var scopes = links.stream().map(ServiceLink::services).filter(s -> !s.agsScopes().isEmpty()).findFirst()
                    .map(s -> s.agsScopes()).orElse(List.of());
            claimed.add(new Claimed(row.id(), row.courseId(), row.lmsUserId(), row.target(), row.score(), row.timestamp(),
                    launchItem, withItems.map(s -> s.lineItems()).orElse(null), scopes));
        }
        return claimed;
    }

    @ActivateRequestContext
    public void record(TenantId tenant, List<Result> results, RetryPolicy policy) {
        scope.actingFor(tenant, () -> {
            self.recordOutcomes(results, policy);
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOutcomes(List<Result> results, RetryPolicy policy) {
        var em = data.em();
        var now = clock.instant();
        for (var result : results) {
            var row = em.find(ScoreDelivery.class, result.id());
            if (row == null || row.state() != DeliveryState.PENDING) {
                continue; // removed with its course, or finished meanwhile
            }
            if (result.outcome() == null) {
                row.postponed(result.postponeTo(), result.error());
            } else {
                row.attempted(result.outcome(), result.lineItemUrl(), result.error(), policy, now);
            }
        }
    }

    /** When the organisation's next pending score is due, if it has one. */
    @ActivateRequestContext
    public Optional<Instant> nextDue(TenantId tenant) {
        return scope.actingFor(tenant, () -> self.nextDueNow());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> nextDueNow() {
        return Optional.ofNullable(data.em().createNamedQuery(ScoreDelivery.NEXT_DUE, Instant.class).getSingleResult());
    }

    /** The URL of Groeipad's own line item for this course and resourceId, when it was found or created before. */
    @ActivateRequestContext
    public Optional<String> ownLineItem(TenantId tenant, String courseId, String resourceId) {
        return scope.actingFor(tenant, () -> self.ownLineItemUrl(courseId, resourceId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> ownLineItemUrl(String courseId, String resourceId) {
        return own(courseId, resourceId).map(OwnLineItem::url);
    }

    /**
     * Claims finding or creating a line item: true for the one caller whose row the unique key let in (or who
     * takes over a claim abandoned for longer than {@code abandoned}).
     */
    @ActivateRequestContext
    public boolean claimLineItem(TenantId tenant, String courseId, String resourceId, Duration abandoned) {
        try {
            return scope.actingFor(tenant, () -> self.claimLineItemNow(courseId, resourceId, abandoned));
        } catch (RuntimeException e) {
            if (UniqueKeyViolation.in(e)) {
                return false;
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimLineItemNow(String courseId, String resourceId, Duration abandoned) {
        var em = data.em();
        var now = clock.instant();
        var existing = own(courseId, resourceId);
        if (existing.isPresent()) {
            if (existing.get().url() != null || existing.get().createdAt().isAfter(now.minus(abandoned))) {
                return false;
            }
            em.remove(existing.get());
            em.flush();
        }
        em.persist(new OwnLineItem(courseId, resourceId, now));
        em.flush();
        return true;
    }

    /** The claimed line item was found or created at {@code url}; {@code url} null: not now, the claim is given up. */
    @ActivateRequestContext
    public void lineItemResolved(TenantId tenant, String courseId, String resourceId, String url) {
        scope.actingFor(tenant, () -> {
            self.resolve(courseId, resourceId, url);
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void resolve(String courseId, String resourceId, String url) {
        own(courseId, resourceId).ifPresent(item -> {
            if (url == null) {
                data.em().remove(item);
            } else {
                item.foundAt(url);
            }
        });
    }

    private Optional<OwnLineItem> own(String courseId, String resourceId) {
        return data.em().createNamedQuery(OwnLineItem.OF, OwnLineItem.class).setParameter("courseId", courseId)
                .setParameter("resourceId", resourceId).getResultStream().findFirst();
    }
}
