package nl.groeipad.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import nl.groeipad.platform.entity.SharedAcrossTenants;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation has exactly one kind of reviewed exception: an entity marked {@link SharedAcrossTenants}.
 * This is the change the project's ArchitectureTest rule "every @Entity outside tenant/lti/platform is
 * @Multitenant" needs once the catalogue is merged (shown here for the whole code base, and for the catalogue).
 */
class SharedAcrossTenantsRuleTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.groeipad");

    @Test
    void everyFeatureEntityIsMultitenantUnlessExplicitlySharedAcrossTenants() {
        classes().that().areAnnotatedWith(Entity.class)
                .and().resideOutsideOfPackages("nl.groeipad.tenant..", "nl.groeipad.lti..", "nl.groeipad.platform..")
                .and().areNotAnnotatedWith(SharedAcrossTenants.class)
                .should().beAnnotatedWith(Multitenant.class).andShould().beAnnotatedWith(TenantDiscriminatorColumn.class)
                .check(classes);
    }

    @Test
    void inTheCatalogueOnlyTheSharedSnapshotIsSharedAcrossTenants() {
        classes().that().resideInAPackage("nl.groeipad.catalogue..").and().areAnnotatedWith(Entity.class)
                .and().areNotAnnotatedWith(Multitenant.class)
                .should().beAnnotatedWith(SharedAcrossTenants.class)
                .andShould().haveSimpleName("SharedCatalogueItem")
                .check(classes);
    }

    @Test
    void anEntitySharedAcrossTenantsIsNeverAlsoMultitenant() {
        classes().that().areAnnotatedWith(SharedAcrossTenants.class)
                .should().notBeAnnotatedWith(Multitenant.class).andShould().beAnnotatedWith(Entity.class)
                .check(classes);
    }
}
