package nl.groeipad.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import nl.groeipad.platform.entity.SharedAcrossTenants;
import org.eclipse.persistence.annotations.Multitenant;

/**
 * Tenant isolation has exactly one kind of reviewed exception: an entity marked {@link SharedAcrossTenants}.
 * ArchitectureTest requires every other entity of a tenant-owned feature to be multitenant; these rules keep the
 * exception narrow. The same {@code @AnalyzeClasses} as ArchitectureTest, so ArchUnit imports the classes once.
 */
@AnalyzeClasses(packages = "nl.groeipad", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedAcrossTenantsRuleTest {

    @ArchTest
    static final ArchRule inTheCatalogueOnlyTheSharedSnapshotIsSharedAcrossTenants = classes()
            .that().resideInAPackage("nl.groeipad.catalogue..").and().areAnnotatedWith(Entity.class)
            .and().areNotAnnotatedWith(Multitenant.class)
            .should().beAnnotatedWith(SharedAcrossTenants.class)
            .andShould().haveSimpleName("SharedCatalogueItem");

    @ArchTest
    static final ArchRule anEntitySharedAcrossTenantsIsNeverAlsoMultitenant = classes()
            .that().areAnnotatedWith(SharedAcrossTenants.class)
            .should().notBeAnnotatedWith(Multitenant.class).andShould().beAnnotatedWith(Entity.class);
}
