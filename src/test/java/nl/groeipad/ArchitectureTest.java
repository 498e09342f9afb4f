package nl.groeipad;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.groeipad.platform.boundary.OperatorOnly;
import nl.groeipad.platform.control.NativeSql;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.SharedAcrossTenants;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The house rules of STYLE.md that a compiler does not check: dependencies point inward (§2), features talk
 * through control, resources are thin boundary classes (§5), and tenant isolation is central: every
 * entity of a tenant-owned feature is an EclipseLink multitenant entity, and native SQL, which would bypass
 * it, stays out of those features.
 * <p>
 * Module boundaries: {@code platform} is the ground floor and depends on no feature; the features form no
 * cycle; a feature uses another only through its {@code control} beans and the value types that feature
 * publishes ({@link Published} records and enums of its {@code entity} package), never its boundary or its
 * aggregates; only the composition root {@code nl.groeipad.app} knows every feature, and nothing knows it.
 */
@AnalyzeClasses(packages = "nl.groeipad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Features whose entities belong to no tenant (the tenant machinery); every other feature is tenant-owned. */
    static final String[] TENANTLESS_FEATURES = {"nl.groeipad.tenant..", "nl.groeipad.lti..", "nl.groeipad.platform.."};
    /** Features that work on tenantless tables (settings, protocol state), with native SQL or a plain entity manager. */
    static final String[] TENANTLESS_TABLE_USERS = {"nl.groeipad.lti..", "nl.groeipad.platform..", "nl.groeipad.demo..",
            "nl.groeipad.tenant.."};

    static final Pattern FEATURE = Pattern.compile("nl\\.groeipad\\.([^.]+)(\\..*)?");

    static final String COMPOSITION_ROOT = "nl.groeipad.app";

    @ArchTest
    static final ArchRule entitiesKnowNothingOfBoundaryControlOrJaxRs = noClasses()
            .that().resideInAPackage("nl.groeipad..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.groeipad..boundary..", "nl.groeipad..control..",
                    "jakarta.ws.rs..")
            .because("entities hold the rules and know nothing of how they are served or stored (STYLE §2)");

    @ArchTest
    static final ArchRule controlKnowsNothingOfBoundaryOrJaxRs = noClasses()
            .that().resideInAPackage("nl.groeipad..control..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.groeipad..boundary..", "jakarta.ws.rs..")
            .because("control beans raise plain exceptions; the boundary maps them to HTTP (STYLE §2, §8)");

    @ArchTest
    static final ArchRule featuresTalkThroughControlNotThroughAnotherFeaturesBoundary = classes()
            .that().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should(notDependOnTheBoundaryOfAnotherFeature())
            .because("features talk through control (STYLE §2); only the composition root lists other"
                    + " features' resources, and platform's boundary offers page helpers to other boundaries");

    @ArchTest
    static final ArchRule featuresUseEachOtherOnlyThroughControlAndPublishedValueTypes = classes()
            .that().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should(useOtherFeaturesOnlyThroughControlOrPublishedTypes())
            .because("a feature's aggregates and internals are its own; others ask its control beans and pass"
                    + " the value types it publishes (issue 7 §1)");

    @ArchTest
    static final ArchRule featureSlicesAreFreeOfCycles = slices().matching("nl.groeipad.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that().resideInAPackage("nl.groeipad.platform..")
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAPackage("nl.groeipad..")
                    .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("nl.groeipad.platform..")))
            .because("platform is the ground floor every feature stands on (issue 7 §1)");

    @ArchTest
    static final ArchRule onlyTheCompositionRootDeclaresJaxRsApplications = classes()
            .that().areAssignableTo(Application.class)
            .should().resideInAPackage(COMPOSITION_ROOT)
            .because("the composition root is the one place that wires features into applications");

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should().dependOnClassesThat().resideInAPackage(COMPOSITION_ROOT);

    @ArchTest
    static final ArchRule publishedTypesAreValueTypesOfAnEntityPackage = classes()
            .that().areAnnotatedWith(Published.class)
            .should().resideInAPackage("nl.groeipad..entity..")
            .andShould(beARecordOrAnEnum())
            .because("other features may hold a published type: it must be an immutable value, not an aggregate");

    @ArchTest
    static final ArchRule operatorResourcesAreExactlyThoseUnderAdmin = classes()
            .that().areAnnotatedWith(Path.class)
            .should(beOperatorOnlyExactlyWhenUnderTheAdminPath())
            .because("the admin secret is bound to @OperatorOnly resources, the session token to all others");

    @ArchTest
    static final ArchRule everyEntityOfATenantOwnedFeatureIsMultitenant = classes()
            .that().areAnnotatedWith(Entity.class)
            .and().resideOutsideOfPackages(TENANTLESS_FEATURES)
            .and().areNotAnnotatedWith(SharedAcrossTenants.class)
            .should(beSingleTableMultitenantByTheTenantProperty())
            .because("EclipseLink adds tenant_id to every read and write of such entities: isolation is central,"
                    + " not a where clause each store must remember");

    @ArchTest
    static final ArchRule tenantOwnedFeaturesGetEntityManagersOnlyFromTenantData = noFields()
            .that().areDeclaredInClassesThat().resideOutsideOfPackages(TENANTLESS_TABLE_USERS)
            .should().beAnnotatedWith(PersistenceContext.class)
            .orShould().beAnnotatedWith(PersistenceUnit.class)
            .because("an entity manager without the tenant property is not scoped to a tenant; TenantData hands out"
                    + " scoped ones");

    @ArchTest
    static final ArchRule nativeSqlStaysOutOfTenantOwnedFeatures = noClasses()
            .that().resideOutsideOfPackages(TENANTLESS_TABLE_USERS)
            .should().dependOnClassesThat().belongToAnyOf(NativeSql.class)
            .orShould().callMethodWhere(target(name("createNativeQuery"))
                    .and(target(owner(assignableTo(EntityManager.class)))))
            .because("native SQL bypasses EclipseLink's tenant discriminator");

    @ArchTest
    static final ArchRule resourcesAreNamedResourceAndLiveInBoundary = classes()
            .that().areAnnotatedWith(Path.class)
            .should().haveSimpleNameEndingWith("Resource")
            .andShould().resideInAPackage("nl.groeipad..boundary..")
            .because("resources are the thin HTTP edge of a feature, named <Plural>Resource (STYLE §5)");

    @ArchTest
    static final ArchRule applicationScopedResourcesKeepNoRequestInFields = noFields()
            .that().areDeclaredInClassesThat(annotatedWith(Path.class).and(annotatedWith(ApplicationScoped.class)))
            .should().beAnnotatedWith(Context.class)
            .orShould().beAnnotatedWith(PathParam.class).orShould().beAnnotatedWith(QueryParam.class)
            .orShould().beAnnotatedWith(FormParam.class).orShould().beAnnotatedWith(HeaderParam.class)
            .orShould().beAnnotatedWith(CookieParam.class).orShould().beAnnotatedWith(MatrixParam.class)
            .orShould().beAnnotatedWith(BeanParam.class)
            .because("one instance serves every request at once (the launch's resources, see LoginResource): the"
                    + " request's parts come in as method parameters");

    @ArchTest
    static final ArchRule classesNamedResourceAreJaxRsResourcesInBoundary = classes()
            .that().haveSimpleNameEndingWith("Resource")
            .should().beAnnotatedWith(Path.class)
            .andShould().resideInAPackage("nl.groeipad..boundary..");

    static Optional<String> feature(JavaClass javaClass) {
        var matcher = FEATURE.matcher(javaClass.getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static boolean isBoundary(JavaClass javaClass) {
        return javaClass.getPackageName().matches("nl\\.groeipad\\.[^.]+\\.boundary(\\..*)?");
    }

    /**
     * Platform is cross-cutting, not a business feature (STYLE §1): its boundary holds web helpers such as
     * {@code Html} that other features' boundaries may use. Control and entity classes may not (rules above).
     */
    static boolean isSharedWebHelperFor(JavaClass origin, JavaClass target) {
        return feature(target).equals(Optional.of("platform")) && isBoundary(origin);
    }

    static ArchCondition<JavaClass> notDependOnTheBoundaryOfAnotherFeature() {
        return new ArchCondition<>("not depend on the boundary of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var ownFeature = feature(origin);
                for (var dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass().getBaseComponentType();
                    if (isBoundary(target) && !feature(target).equals(ownFeature)
                            && !isSharedWebHelperFor(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> beSingleTableMultitenantByTheTenantProperty() {
        return new ArchCondition<>("be @Multitenant(SINGLE_TABLE) with @TenantDiscriminatorColumn(name = \"tenant_id\","
                + " contextProperty = TenantOwned.TENANT_PROPERTY)") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                var multitenant = entity.tryGetAnnotationOfType(Multitenant.class);
                var discriminator = entity.tryGetAnnotationOfType(TenantDiscriminatorColumn.class);
                var ok = multitenant.isPresent() && multitenant.get().value() == MultitenantType.SINGLE_TABLE
                        && discriminator.isPresent() && "tenant_id".equals(discriminator.get().name())
                        && TenantOwned.TENANT_PROPERTY.equals(discriminator.get().contextProperty());
                events.add(new SimpleConditionEvent(entity, ok, entity.getName() + (ok ? " is" : " is not")
                        + " a single-table multitenant entity discriminated by " + TenantOwned.TENANT_PROPERTY));
            }
        };
    }

    static boolean isControl(JavaClass javaClass) {
        return javaClass.getPackageName().matches("nl\\.groeipad\\.[^.]+\\.control(\\..*)?");
    }

    static boolean isPublished(JavaClass javaClass) {
        for (var c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(Published.class)) {
                return true;
            }
        }
        return false;
    }

    static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughControlOrPublishedTypes() {
        return new ArchCondition<>("use other features only through their control or their @Published value types") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var own = feature(origin);
                for (var dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass().getBaseComponentType();
                    var theirs = feature(target);
                    if (theirs.isEmpty() || theirs.equals(own) || theirs.equals(Optional.of("platform"))) {
                        continue;
                    }
                    if (!isControl(target) && !isPublished(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> beARecordOrAnEnum() {
        return new ArchCondition<>("be a record or an enum") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                var ok = javaClass.isRecord() || javaClass.isEnum();
                events.add(new SimpleConditionEvent(javaClass, ok, javaClass.getName() + (ok ? " is" : " is not")
                        + " a record or an enum"));
            }
        };
    }

    static ArchCondition<JavaClass> beOperatorOnlyExactlyWhenUnderTheAdminPath() {
        return new ArchCondition<>("be @OperatorOnly exactly when its @Path is under v1/admin") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                var path = resource.getAnnotationOfType(Path.class).value().replaceAll("^/+", "");
                var underAdmin = path.equals("v1/admin") || path.startsWith("v1/admin/");
                var operatorOnly = resource.isAnnotatedWith(OperatorOnly.class);
                events.add(new SimpleConditionEvent(resource, underAdmin == operatorOnly, resource.getName() + " at "
                        + path + (operatorOnly ? " is" : " is not") + " @OperatorOnly"));
            }
        };
    }
}
