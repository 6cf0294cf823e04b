package app.breakeven.costs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.NamedInterface;

/** The cost engine stays plain Java: no framework, persistence or UI types. */
class EngineIsPureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.breakeven.costs");

    @Test
    void the_engine_uses_only_the_jdk_and_itself() {
        // An allow-list: a new module or library the engine reaches for fails here until it is
        // deliberately allowed, where a list of forbidden packages would miss it.
        classes()
                .that()
                .resideInAPackage("app.breakeven.costs..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("app.breakeven.costs..", "java..")
                .check(engine);
    }

    @Test
    void package_descriptions_name_at_most_the_packages_published_to_other_modules() {
        // A sub-package other modules use must say so to the modularity check; that annotation is
        // metadata no engine code runs, so it is the one framework type the engine may carry.
        classes()
                .that()
                .resideInAPackage("app.breakeven.costs..")
                .and()
                .haveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage("app.breakeven.costs..", "java..").or(equivalentTo(NamedInterface.class)))
                .check(engine);
    }
}
