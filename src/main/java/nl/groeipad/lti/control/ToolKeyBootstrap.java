package nl.groeipad.lti.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The tool's keys exist from the first start on (generated then if the database has none). */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ToolKeyBootstrap {

    @Inject
    ToolKeyRing keys;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ensureKeys() {
        keys.signingKey();
    }
}
