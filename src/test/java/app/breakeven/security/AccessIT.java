package app.breakeven.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CsvImport;
import app.breakeven.catalogue.LiteLlmImport;
import app.breakeven.catalogue.PriceChangeImpact;
import app.breakeven.catalogue.ui.CatalogueView;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ui.CompareView;
import app.breakeven.scenarios.ui.DashboardView;
import app.breakeven.scenarios.ui.ScenarioListView;
import app.breakeven.scenarios.ui.ScenarioStudioView;
import app.breakeven.security.ui.AccountsView;
import app.breakeven.security.ui.LoginView;
import app.breakeven.sharing.SharingService;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each role, and nobody signed in, against each view and each guarded service operation.
 * The service calls are the ones a hidden button would have made: they are refused by the
 * service itself, whatever the screen shows.
 */
@PostgresTest
class AccessIT {

    /** Who the rows below are about; {@code null} is nobody signed in. */
    private static final List<String> WHO = java.util.Arrays.asList(
            null, TestAccounts.VIEWER, TestAccounts.PLANNER, TestAccounts.ANALYST, TestAccounts.ADMIN);

    private static final Set<String> SIGNED_IN =
            Set.of(TestAccounts.VIEWER, TestAccounts.PLANNER, TestAccounts.ANALYST, TestAccounts.ADMIN);

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueEditing catalogue;

    @Autowired
    SharingService sharing;

    @Autowired
    PriceChangeImpact impact;

    @Autowired
    CsvImport csv;

    @Autowired
    LiteLlmImport liteLlm;

    @Autowired
    AccountService accounts;

    private void signIn(String username) {
        var securityContext = SecurityContextHolder.createEmptyContext();
        if (username != null) {
            var user = users.loadUserByUsername(username);
            securityContext.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(securityContext);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record ViewRule(String route, Class<? extends Component> view, Set<String> allowed) {}

    static final List<ViewRule> VIEWS = List.of(
            new ViewRule("", DashboardView.class, SIGNED_IN),
            new ViewRule("scenarios", ScenarioListView.class, SIGNED_IN),
            new ViewRule("scenarios/new", ScenarioStudioView.class, SIGNED_IN),
            new ViewRule("compare", CompareView.class, SIGNED_IN),
            new ViewRule("catalogue", CatalogueView.class, SIGNED_IN),
            new ViewRule("admin/accounts", AccountsView.class, Set.of(TestAccounts.ADMIN)));

    static Stream<Arguments> views() {
        List<Arguments> cases = new ArrayList<>();
        for (ViewRule rule : VIEWS) {
            for (String who : WHO) {
                cases.add(Arguments.of(who == null ? "nobody" : who, rule.route(), rule));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} opens /{1}")
    @MethodSource("views")
    void each_role_opens_only_the_views_it_may(String who, String route, ViewRule rule) {
        String username = who.equals("nobody") ? null : who;
        signIn(username);
        SignedInUi.setup(context);
        try {
            boolean shown;
            try {
                UI.getCurrent().navigate(route);
                shown = !_find(rule.view()).isEmpty();
            } catch (MockAccessDeniedException e) {
                // What Karibu raises where the browser would get Vaadin's access-denied page.
                shown = false;
            }
            assertThat(shown)
                    .as("%s sees %s", who, rule.view().getSimpleName())
                    .isEqualTo(username != null && rule.allowed().contains(username));
            if (username == null) {
                assertThat(_find(LoginView.class))
                        .as("nobody is sent to sign in")
                        .hasSize(1);
            }
        } finally {
            SignedInUi.tearDown();
        }
    }

    /** A service operation and who may call it. Arguments are such that an allowed call changes nothing. */
    record Operation(String name, Set<String> allowed, Consumer<AccessIT> call) {}

    static final Set<String> PLANNERS = Set.of(TestAccounts.PLANNER);
    static final Set<String> ANALYSTS = Set.of(TestAccounts.ANALYST);
    static final Set<String> ADMINS = Set.of(TestAccounts.ADMIN);

    static final List<Operation> OPERATIONS = List.of(
            new Operation("list scenarios", SIGNED_IN, t -> t.scenarios.list()),
            new Operation("read the catalogue", SIGNED_IN, t -> t.catalogue.items(CatalogueKind.MODEL)),
            new Operation("export the catalogue", SIGNED_IN, t -> t.csv.exportCsv(CatalogueKind.TIER)),
            new Operation(
                    "save a scenario",
                    PLANNERS,
                    t -> t.scenarios.save(t.scenarios.draft().withName(""))),
            new Operation("duplicate a scenario", PLANNERS, t -> t.scenarios.duplicate(-1)),
            new Operation("delete a scenario", PLANNERS, t -> t.scenarios.delete(-1, 0)),
            new Operation("share a scenario with people", PLANNERS, t -> t.scenarios.shareWith(-1, Set.of())),
            new Operation("create a share link", PLANNERS, t -> t.sharing.create(-1, 30, false)),
            new Operation("list share links", PLANNERS, t -> t.sharing.links(-1)),
            new Operation("revoke a share link", PLANNERS, t -> t.sharing.revoke(-1)),
            new Operation(
                    "save a catalogue item",
                    ANALYSTS,
                    t -> t.catalogue.save(CatalogueKind.MODEL, CatalogueTable.MODELS.newItem())),
            new Operation("delete a catalogue item", ANALYSTS, t -> t.catalogue.delete(CatalogueKind.TIER, -1, 0)),
            new Operation("preview a CSV import", ANALYSTS, t -> t.csv.previewCsv(CatalogueKind.MODEL, new byte[0])),
            new Operation("import a CSV", ANALYSTS, t -> t.csv.importCsv(CatalogueKind.MODEL, new byte[0])),
            new Operation("import LiteLLM prices", ANALYSTS, t -> t.liteLlm.importLiteLlm(new byte[0], Set.of())),
            new Operation(
                    "preview a price change on scenarios",
                    ANALYSTS,
                    t -> t.impact.impactOf(
                            t.catalogue.items(CatalogueKind.MODEL).getFirst())),
            new Operation("list accounts", ADMINS, t -> t.accounts.accounts()),
            new Operation("add an account", ADMINS, t -> t.accounts.create("", "", "", EnumSet.noneOf(Role.class))),
            new Operation("change roles", ADMINS, t -> t.accounts.update(-1, 0, "", Set.of())),
            new Operation("disable an account", ADMINS, t -> t.accounts.setEnabled(-1, 0, false)),
            new Operation("reset a password", ADMINS, t -> t.accounts.resetPassword(-1, 0, null)),
            new Operation("issue an API token", ADMINS, t -> t.accounts.issueToken(-1, "")),
            new Operation("list API tokens", ADMINS, t -> t.accounts.tokens()),
            new Operation("revoke an API token", ADMINS, t -> t.accounts.revokeToken(-1)));

    static Stream<Arguments> operations() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (String who : WHO) {
                cases.add(Arguments.of(who == null ? "nobody" : who, operation.name(), operation));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operations")
    void each_role_may_call_only_the_operations_it_may(String who, String name, Operation operation) {
        String username = who.equals("nobody") ? null : who;
        signIn(username);
        boolean refused;
        try {
            operation.call().accept(this);
            refused = false;
        } catch (AccessDeniedException | AuthenticationException e) {
            refused = true;
        } catch (RuntimeException e) {
            // Let through, then failed on its arguments (not found, invalid): what an allowed call does here.
            refused = false;
        }
        assertThat(refused)
                .as("%s refused: %s", who, name)
                .isEqualTo(username == null || !operation.allowed().contains(username));
    }

    @ParameterizedTest(name = "{0} opens a share link")
    @MethodSource("everyone")
    void anyone_may_open_a_share_link_even_without_an_account(String who) {
        signIn(who.equals("nobody") ? null : who);
        assertThat(sharing.open("A".repeat(43))).isEmpty();
    }

    static Stream<String> everyone() {
        return WHO.stream().map(w -> w == null ? "nobody" : w);
    }
}
