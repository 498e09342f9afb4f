package nl.groeipad.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.entity.StarterContentImport;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starter content is imported once per organisation and kind, decided by the database (in-memory H2 over the real
 * migrations): a second import does nothing, a node that loses the race to another rolls back quietly, and a failure
 * is logged as an error naming the organisation and leaves no mark, so it is tried again.
 */
class StarterContentTest {

    static final String CONTENT = "starter-test-v1";
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    final TenantId tenant = InMemoryDatabase.newTenant();
    final AtomicInteger imports = new AtomicInteger();
    final List<LogRecord> logged = new ArrayList<>();
    final Logger log = Logger.getLogger(StarterContent.class.getName());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
    }

    @Test
    void importsOnceAndKnowsItFromTheDatabase() {
        assertThat(node(null).importOnce(tenant, CONTENT, this::importContent)).isTrue();
        assertThat(node(null).importOnce(tenant, CONTENT, this::importContent)).as("another node, later").isFalse();

        assertThat(imports).hasValue(1);
        assertThat(rows("marker")).isEqualTo(1);
        assertThat(rows(CONTENT)).isEqualTo(1);
        assertThat(node(null).importOnce(InMemoryDatabase.newTenant(), CONTENT, this::importContent))
                .as("another organisation has its own").isTrue();
    }

    @Test
    void aNodeThatLosesTheRaceRollsBackQuietly() {
        // node B has looked and found nothing; before it writes, node A imports and commits
        var nodeB = node(() -> assertThat(node(null).importOnce(tenant, CONTENT, this::importContent)).isTrue());

        assertThat(nodeB.importOnce(tenant, CONTENT, this::importContent)).isFalse();

        assertThat(rows(CONTENT)).isEqualTo(1);
        assertThat(rows("marker")).isEqualTo(1);
        assertThat(logged).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
    }

    @Test
    void aFailureIsLoggedAsAnErrorWithTheTenantAndLeavesNoMarkSoItIsTriedAgain() {
        var failed = node(null).importOnce(tenant, CONTENT, () -> {
            importContent();
            throw new IllegalStateException("the starter file is broken");
        });

        assertThat(failed).isFalse();
        assertThat(rows(CONTENT)).isZero();
        assertThat(rows("marker")).isZero();
        assertThat(logged).filteredOn(r -> r.getLevel() == Level.SEVERE).singleElement()
                .satisfies(r -> assertThat(r.getMessage()).contains(tenant.value()).contains(CONTENT));
        assertThat(node(null).importOnce(tenant, CONTENT, this::importContent)).isTrue();
    }

    /** The content of this test: one row that rolls back with the import. */
    private void importContent() {
        imports.incrementAndGet();
        current.get().persist(new StarterContentImport("marker", NOW));
    }

    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /**
     * A node's StarterContent whose transactions are resource-local ones on H2; {@code meanwhile} runs after the node
     * looked whether the content is there and before it writes.
     */
    private StarterContent node(Runnable meanwhile) {
        var real = new StarterContent() {
            @Override
            public boolean has(String content) {
                var has = super.has(content);
                if (meanwhile != null) {
                    var other = new Thread(meanwhile);
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return has;
            }
        };
        real.scope = new TenantScope();
        real.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        real.data = new TenantData() {
            @Override
            public EntityManager em() {
                return current.get();
            }
        };
        real.self = new StarterContent() {
            @Override
            public boolean claimAndImport(String content, Runnable importer) {
                try (var em = InMemoryDatabase.entityManagerFor(real.scope.require())) {
                    current.set(em);
                    em.getTransaction().begin();
                    try {
                        var imported = real.claimAndImport(content, importer);
                        em.getTransaction().commit();
                        return imported;
                    } catch (RuntimeException e) {
                        if (em.getTransaction().isActive()) {
                            em.getTransaction().rollback();
                        }
                        throw e;
                    }
                } finally {
                    current.remove();
                }
            }
        };
        return real;
    }

    private long rows(String content) {
        return InMemoryDatabase.inTenant(tenant, em -> em.createNamedQuery(StarterContentImport.OF, Long.class)
                .setParameter("content", content).getSingleResult());
    }
}
