package app.breakeven.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Structural guards: every view says who may open it, services guard themselves, share-link reads stay in sharing. */
class GuardsTest {

    private final JavaClasses product = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.breakeven");

    @Test
    void every_view_declares_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(product);
    }

    @Test
    void the_services_views_call_guard_themselves() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Service")
                .and()
                .areAnnotatedWith(Service.class)
                .and()
                .resideInAnyPackage("app.breakeven.scenarios", "app.breakeven.sharing", "app.breakeven.security")
                // Sign-in itself loads accounts before anyone is signed in.
                .and()
                .doNotHaveSimpleName("AccountDetailsService")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(product);
        classes()
                .that()
                .haveSimpleName("CatalogueEditing")
                .or()
                .haveSimpleName("CsvImport")
                .or()
                .haveSimpleName("LiteLlmImport")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(product);
    }

    @Test
    void only_sharing_reads_a_scenario_by_share_link() {
        noClasses()
                .that()
                .resideOutsideOfPackages("app.breakeven.sharing..", "app.breakeven.scenarios")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "ScenarioService.findForShareLink",
                        call -> call.getTarget().getName().equals("findForShareLink")))
                .check(product);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(product);
        methods()
                .that()
                .areDeclaredIn(AccountService.class)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(PreAuthorize.class)
                .check(product);
    }
}
