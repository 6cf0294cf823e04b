package app.breakeven.costs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The cost engine stays plain Java: no framework, persistence or UI types. */
class EngineIsPureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.breakeven.costs");

    @Test
    void the_engine_uses_no_spring_jpa_or_vaadin_types() {
        noClasses().that().resideInAPackage("app.breakeven.costs..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..",
                        "com.vaadin..", "tools.jackson..", "com.fasterxml..")
                .check(engine);
    }

    @Test
    void the_engine_depends_on_nothing_else_in_the_product() {
        noClasses().that().resideInAPackage("app.breakeven.costs..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.breakeven.catalogue..", "app.breakeven.scenarios..", "app.breakeven.api..",
                        "app.breakeven.base..", "app.breakeven.database..")
                .check(engine);
    }
}
