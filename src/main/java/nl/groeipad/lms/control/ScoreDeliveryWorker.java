package nl.groeipad.lms.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lms.entity.RetryPolicy;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: every {@code groeipad.lms.poll-ms} (a non-persistent EJB interval timer) it claims the due scores of each organisation that
 * {@link DeliverySchedule} says is due (a score recorded on this node, a retry coming up, and every
 * {@code groeipad.lms.sweep-ms} all of them) in batches,
 * sends them (one access token per organisation and scope set, cached) and records each outcome with the
 * {@link RetryPolicy}. Several nodes may run it at once: a row is claimed by one conditional update (a lease of
 * {@link #LEASE}), so it is sent by one node; a node that dies leaves its rows to be claimed again after the lease.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ScoreDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(ScoreDeliveryWorker.class.getName());
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 100;
    static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    @Resource
    TimerService timers;

    @Inject
    TenantRegistry registry;

    @Inject
    DeliveryStore store;

    @Inject
    ServiceTokens tokens;

    @Inject
    AgsClient ags;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "groeipad.lms.poll-ms", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "groeipad.lms.retry-base-ms", defaultValue = "10000")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "groeipad.lms.retry-max-ms", defaultValue = "1800000")
    long retryMaxMillis;

    @Inject
    @ConfigProperty(name = "groeipad.lms.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** How often every organisation's outbox is looked at, for rows this node was not told about. */
    @Inject
    @ConfigProperty(name = "groeipad.lms.sweep-ms", defaultValue = "60000")
    long sweepMillis;

    @Inject
    DeliverySchedule schedule;

    private RetryPolicy policy;
    private volatile java.time.Instant nextSweep = java.time.Instant.EPOCH;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        policy = new RetryPolicy(Duration.ofMillis(retryBaseMillis), Duration.ofMillis(Math.max(retryBaseMillis, retryMaxMillis)),
                maxAttempts);
        // A non-persistent interval timer of this node (an EJB timer runs with the application's context, so the
        // entity managers and CDI scopes work; a task scheduled from @PostConstruct on an executor did not).
        timers.createIntervalTimer(pollMillis, pollMillis, new TimerConfig("lms-score-outbox", false));
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** One round; a round still running when the timer fires again is not joined by a second one. */
    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            tick();
        } finally {
            running.set(false);
        }
    }

    void tick() {
        try {
            var now = clock.instant();
            if (!now.isBefore(nextSweep)) {
                nextSweep = now.plusMillis(sweepMillis);
                registry.all().forEach(platform -> schedule.dueAt(platform.tenantId(), now));
            }
            for (var tenant : schedule.takeDue(now)) {
                try {
                    registry.byId(tenant).ifPresent(this::deliverFor);
                    store.nextDue(tenant).ifPresent(when -> schedule.dueAt(tenant, when));
                } catch (RuntimeException e) {
                    schedule.dueAt(tenant, clock.instant().plus(policy.base()));
                    LOG.log(Level.WARNING, "Scores of tenant " + tenant + " could not be sent now", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The score outbox could not be read now", e);
        }
    }

    /** Sends this organisation's due scores, batch after batch, until none is due. */
    void deliverFor(Registration platform) {
        while (true) {
            var claimed = store.claim(platform.tenantId(), BATCH, LEASE);
            if (claimed.isEmpty()) {
                return;
            }
            var results = new ArrayList<DeliveryStore.Result>(claimed.size());
            for (var row : claimed) {
                results.add(deliver(platform, row));
            }
            store.record(platform.tenantId(), results, policy);
            if (claimed.size() < BATCH) {
                return;
            }
        }
    }

    private DeliveryStore.Result deliver(Registration platform, DeliveryStore.Claimed row) {
        var scopes = scopes(row.agsScopes());
        String token;
        try {
            token = tokens.token(platform, scopes);
        } catch (ServiceTokens.Unavailable e) {
            var outcome = e.status() > 0 ? RetryPolicy.Outcome.status(e.status())
                    : RetryPolicy.Outcome.unreachable(e.getMessage());
            return DeliveryStore.Result.attempted(row.id(), outcome, null, e.getMessage());
        }
        String lineItem;
        if (row.target().isLaunch()) {
            lineItem = row.launchLineItem();
            if (lineItem == null) {
                return DeliveryStore.Result.attempted(row.id(), RetryPolicy.Outcome.unreachable("no line item"), null,
                        "the LMS offered no line item for Groeipad's activity (AGS off, or the activity has no grade)");
            }
        } else {
            var own = ownLineItem(platform, row, token);
            if (own.result() != null) {
                return own.result();
            }
            lineItem = own.url();
        }
        var sent = ags.postScore(lineItem, token, AgsClient.scoreJson(row.score(), row.lmsUserId(), row.timestamp()));
        if (sent.status() == 401) {
            tokens.forget(platform, scopes, token);
        }
        return DeliveryStore.Result.attempted(row.id(), sent.outcome(), lineItem, sent.error());
    }

    private record Resolved(String url, DeliveryStore.Result result) {
    }

    /** Groeipad's own line item for the row's resourceId: known, found in the LMS, or created there (once). */
    private Resolved ownLineItem(Registration platform, DeliveryStore.Claimed row, String token) {
        var tenant = platform.tenantId();
        var target = row.target();
        var known = store.ownLineItem(tenant, row.courseId(), target.resourceId());
        if (known.isPresent()) {
            return new Resolved(known.get(), null);
        }
        if (row.lineItems() == null) {
            return new Resolved(null, DeliveryStore.Result.attempted(row.id(), RetryPolicy.Outcome.unreachable("no line items"),
                    null, "the LMS offered no line-items endpoint (AGS line item scope off)"));
        }
        if (!store.claimLineItem(tenant, row.courseId(), target.resourceId(), LEASE)) {
            // Another worker is finding or creating it right now: this row waits for it, without counting an attempt.
            return new Resolved(null, DeliveryStore.Result.postponed(row.id(), clock.instant().plus(policy.base()),
                    "waiting for the line item " + target.resourceId()));
        }
        var found = ags.findLineItem(row.lineItems(), token, target.resourceId(), target.tag());
        var url = found.url();
        var answer = found.sent();
        if (answer.ok() && url.isEmpty()) {
            var created = ags.createLineItem(row.lineItems(), token, target.label(), target.resourceId(), target.tag(),
                    row.score().maximum());
            url = created.url();
            answer = created.sent();
        }
        store.lineItemResolved(tenant, row.courseId(), target.resourceId(), url.orElse(null));
        if (url.isEmpty()) {
            return new Resolved(null, DeliveryStore.Result.attempted(row.id(),
                    answer.ok() ? RetryPolicy.Outcome.status(502) : answer.outcome(), null,
                    answer.error() == null ? "the LMS did not give the line item's URL" : answer.error()));
        }
        return new Resolved(url.get(), null);
    }

    /** The scope for scores, and for line items when the platform granted it (to find or create Groeipad's own). */
    static List<String> scopes(List<String> granted) {
        return granted.contains(SCOPE_LINEITEM) ? List.of(SCOPE_LINEITEM, SCOPE_SCORE) : List.of(SCOPE_SCORE);
    }
}
