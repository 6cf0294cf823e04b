package app.breakeven.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.RentedOffer;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.WorkedThreePaths;
import app.breakeven.scenarios.ui.Headline;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.CreatedLink;
import app.breakeven.sharing.SharingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** A board opening a shared link: figures and charts, what-ifs that are never saved. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SharedScenarioViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void setUp() {
        SignedInUi.setup(context);
    }

    @AfterEach
    void tearDown() {
        SignedInUi.tearDown();
    }

    @Test
    void shows_the_scenario_read_only_and_what_ifs_change_nothing_saved() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Board " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, false);

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        SharedScenarioView view = _get(SharedScenarioView.class);
        assertThat(view.api.figure()).isEqualTo("$375");
        assertThat(view.monthlyChart.getSpec()).isNotNull();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")))
                .isEmpty();

        _setValue(SignedInUi.<com.vaadin.flow.component.textfield.TextField>byId(view, "volume-field"), "1B");

        assertThat(view.api.figure()).isEqualTo("$7,500");
        assertThat(scenarios.find(details.id()).orElseThrow().inputs().tokensPerDay())
                .isEqualTo(50e6);
        assertThat(view.figures())
                .contains("api_monthly,7500.00")
                .contains("basis,\"what-if, not saved: tokens_per_day 1000000000 (every figure below follows it)\"");
    }

    @Test
    void the_figures_csv_writes_a_name_a_spreadsheet_would_run_as_text() {
        String name = "=HYPERLINK(\"http://x\",\"y\") " + System.nanoTime();
        ScenarioDetails details = scenarios.save(scenarios.draft().withName(name));
        CreatedLink link = sharing.create(details.id(), 7, false);

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        String csv = _get(SharedScenarioView.class).figures();

        // Quoted for its commas and quotes, quotes doubled, and behind an apostrophe so it stays text.
        assertThat(csv).contains("\r\nscenario,\"'" + name.replace("\"", "\"\"") + "\"\r\n");
        assertThat(csv).startsWith("figure,value\r\n").contains("\r\n\r\nmonth,tokens_per_day,");
    }

    @Test
    void a_board_member_without_an_account_opens_the_link_and_tries_a_volume() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Anonymous " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, true);
        anonymously(link, view -> {
            assertThat(view.api.figure()).isEqualTo("$375");
            _setValue(SignedInUi.<com.vaadin.flow.component.textfield.TextField>byId(view, "volume-field"), "1B");
            assertThat(view.api.figure()).isEqualTo("$7,500");
            assertThat(_find(SharedScenarioView.class)).hasSize(1);
        });
        assertThat(sharing.links(details.id()).getFirst().openCount()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_revoked_link_shows_the_same_plain_page() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Gone " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, false);
        sharing.revoke(link.link().id());

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        String revoked = _get(Div.class, spec -> spec.withId("not-available"))
                .getElement()
                .getTextRecursively();
        UI.getCurrent().navigate(SharedScenarioView.class, "x".repeat(43));
        String unknown = _get(Div.class, spec -> spec.withId("not-available"))
                .getElement()
                .getTextRecursively();

        assertThat(revoked).isEqualTo(unknown).contains(SharedScenarioView.NOT_AVAILABLE);
        assertThat(_find(TextField.class)).isEmpty();
    }

    /**
     * Qwen3-8B in FP8 at 10M tokens a day (300M a month), sized on L4, fully loaded over 36
     * months, as worked by hand in ThreePathsIT: API 300M x $0.01 / 1M = $3.00; rented RunPod
     * 1x A100 80GB community 730 h x $1.39 = $1,014.70 + 0.1 x $15,000 + $20,000 / 36 =
     * $3,070.26; owned DGX A100 = $14,230.18.
     */
    private ScenarioDetails threePaths(String name) {
        var inputs = WorkedThreePaths.inputs(scenarios, CostLens.FULLY_LOADED);
        ScenarioDetails draft = scenarios.draft().withName(name + " " + System.nanoTime());
        return scenarios.save(draft.withInputs(inputs).withGrowth(draft.growth().perMonth(), 36));
    }

    private static String card(SharedScenarioView view, String id) {
        return _get(view.paths, Headline.class, spec -> spec.withId(id)).figure();
    }

    private static void assertThreePaths(SharedScenarioView view) {
        assertThat(view.paths.isVisible()).isTrue();
        assertThat(card(view, "path-api")).isEqualTo("$3.00");
        assertThat(card(view, "path-rented")).isEqualTo("$3,070");
        assertThat(card(view, "path-owned")).isEqualTo("$14,230");
        String csv = view.figures();
        assertThat(csv)
                .contains("\r\n\r\npath,line,monthly,formula,source,as_of\r\nAPI,total,3.00,")
                .contains("\r\nRented,total,3070.26,")
                .contains("\r\nRented,Rent,1014.70,")
                .contains("\r\nOwned,total,14230.18,")
                .contains("\r\nOwned,Power,974.62,")
                .contains("\r\n\r\npair,status,tokens_per_month,tokens_per_day\r\n")
                .contains("\r\nAPI = Rented,not reached,,\r\n")
                .containsPattern("\r\nRented = Owned,reached,431\\d{8},14\\d{8}\r\n")
                // Month by month: month 1 at 10M a day, the rented option by name, one owned server.
                .contains("\r\n\r\nmonth,tokens_per_day,api,rented,rented_option,owned,owned_servers,")
                .containsPattern("\r\n1,10000000,3.00,3070.26,RunPod 1x A100 80GB community with 1 x A100 80GB SXM a"
                        + " replica,210480.18,1,");
        assertThat(view.cumulativeChart.getSpec().series())
                .extracting(app.breakeven.base.ui.chart.ChartSpec.Series::name)
                .contains("Rented (cheapest each month)", "Owned (purchases as paid)");
    }

    @Test
    void a_frozen_link_opened_without_an_account_shows_the_three_paths_and_writes_their_lines() {
        ScenarioDetails details = threePaths("Frozen paths");
        CreatedLink link = sharing.create(details.id(), 7, true);
        anonymously(link, SharedScenarioViewIT::assertThreePaths);
    }

    @Test
    void a_live_link_shows_the_three_paths_and_a_scenario_without_them_hides_the_section() {
        CreatedLink live = sharing.create(threePaths("Live paths").id(), 7, false);
        UI.getCurrent().navigate(SharedScenarioView.class, live.token());
        assertThreePaths(_get(SharedScenarioView.class));

        ScenarioDetails plain = scenarios.save(scenarios.draft().withName("No paths " + System.nanoTime()));
        UI.getCurrent()
                .navigate(
                        SharedScenarioView.class,
                        sharing.create(plain.id(), 7, false).token());
        SharedScenarioView view = _get(SharedScenarioView.class);
        assertThat(view.paths.isVisible()).isFalse();
        // The board reads the ranges in words, not in fields: the catalogue's GPU range by default.
        assertThat(view.uncertainty.rangesText.getText()).startsWith("Ranges: GPUs ($ a deployment-month) $");
        assertThat(view.uncertainty.editable()).isFalse();
        assertThat(view.figures()).doesNotContain("path,line,monthly");
    }

    @Test
    void an_offer_named_like_a_formula_is_written_to_the_csv_as_text() {
        CreatedLink live = sharing.create(threePaths("Guarded paths").id(), 7, false);
        // The catalogue is edited outside the UI, whose session holds the planner's sign-in.
        SignedInUi.tearDown();
        rename("RunPod 1x A100 80GB community", "=RunPod 1x A100 80GB community");
        try {
            SignedInUi.setup(context);
            UI.getCurrent().navigate(SharedScenarioView.class, live.token());
            // Behind an apostrophe, so a spreadsheet shows the name rather than running it.
            assertThat(_get(SharedScenarioView.class).figures())
                    .containsPattern("\r\nRented,total,3070.26,\"?'=RunPod 1x A100 80GB community");
        } finally {
            SignedInUi.tearDown();
            rename("=RunPod 1x A100 80GB community", "RunPod 1x A100 80GB community");
            SignedInUi.setup(context);
        }
    }

    private void rename(String from, String to) {
        RentedOffer offer =
                CatalogueTable.RENTED_OFFERS.copyOf(editing.<RentedOffer>items(CatalogueKind.RENTED_OFFER).stream()
                        .filter(o -> o.getLabel().equals(from))
                        .findFirst()
                        .orElseThrow());
        offer.setLabel(to);
        signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.RENTED_OFFER, offer));
    }

    /** Opens the link in a fresh UI with nobody signed in, then signs the planner back in. */
    private void anonymously(CreatedLink link, java.util.function.Consumer<SharedScenarioView> check) {
        SignedInUi.tearDown();
        var planner = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            SignedInUi.setup(context);
            UI.getCurrent().navigate(SharedScenarioView.class, link.token());
            check.accept(_get(SharedScenarioView.class));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(planner);
        }
    }
}
