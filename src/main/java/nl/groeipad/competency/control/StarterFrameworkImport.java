package nl.groeipad.competency.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.platform.control.StarterContent;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistered;

/**
 * Gives every organisation the starter framework "Werknemersvaardigheden (WPO-stijl)" (published version 1) when it is
 * registered, once ({@link StarterContent}). An organisation that already has any version of it (e.g. one that
 * existed before starter content was recorded) gets nothing new.
 */
@ApplicationScoped
public class StarterFrameworkImport {

    /** The kind of starter content in {@code tenant_starter_content}. */
    public static final String CONTENT = "starter-framework-v1";

    @Inject
    StarterContent starter;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) TenantRegistered event) {
        importInto(event.tenant());
    }

    /** Imports the starter framework unless the organisation has it; true when it did now. */
    public boolean importInto(TenantId tenant) {
        return starter.importOnce(tenant, CONTENT, () -> {
            var present = data.em().createNamedQuery(Framework.COUNT_WITH_KEY, Long.class)
                    .setParameter("key", StarterFramework.key()).getSingleResult();
            if (present == 0) {
                data.em().persist(StarterFramework.publishedVersion(clock.instant()));
            }
        });
    }
}
