package app.breakeven.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.scenarios.PathsChoice;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ScenarioSummary;
import app.breakeven.scenarios.SizingChoice;
import app.breakeven.security.TestAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The studio's three paths on the catalogue Flyway seeds, with ThreePathsIT's scenario worked by
 * hand there: Qwen3-8B sized on an L4 in FP8, 10M tokens a day over 30 days (300M a month),
 * requests of 1,000 input and 250 output tokens with half the input cached, always on, 80%
 * headroom, one replica at least, people at $15,000 an FTE-month: rented 0.1 FTE and $20,000 to
 * build, owned 0.25 FTE and $50,000, over 36 months.
 */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ThreePathsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    private ScenarioDetails scenario;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        ScenarioDetails draft = scenarios.draft();
        scenario = scenarios.save(draft.withName("Three paths " + System.nanoTime())
                .withInputs(draft.inputs()
                        .withModel("Qwen3-8B")
                        .withTokensPerDay(10e6)
                        .withSizing(new SizingChoice("L4 24GB", Precision.FP8, Precision.BF16, 8192, 32)))
                .withGrowth(draft.growth().perMonth(), 36));
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private ScenarioStudioView studio() {
        return _get(ScenarioStudioView.class);
    }

    /** Turns the three paths on and types ThreePathsIT's terms. */
    private static void typeTerms(PathsFields p) {
        _setValue(p.enabled, true);
        _setValue(p.inputTokens, 1000.0);
        _setValue(p.outputTokens, 250.0);
        _setValue(p.cached, 50.0);
        _setValue(p.batch, 0.0);
        _setValue(p.activeHours, 730.0);
        _setValue(p.headroom, 80.0);
        _setValue(p.billing, BillingMode.ALWAYS_ON);
        _setValue(p.minimumReplicas, 1);
        _setValue(p.fteCost, 15000.0);
        _setValue(p.rentedFte, 0.1);
        _setValue(p.ownedFte, 0.25);
        _setValue(p.rentedBuild, 20000.0);
        _setValue(p.ownedBuild, 50000.0);
        _setValue(p.lens, CostLens.FULLY_LOADED);
    }

    @Test
    void in_the_sized_mode_three_paths_show_each_path_worked_by_hand_and_where_they_cross() {
        ScenarioStudioView view = studio();
        PathsFields p = view.form.paths;
        assertThat(p.isVisible()).as("offered in the sized mode").isTrue();
        assertThat(p.enabled.getValue()).isFalse();
        assertThat(view.results.paths.isVisible()).isFalse();

        typeTerms(p);

        PathsResults r = view.results.paths;
        assertThat(r.isVisible()).isTrue();
        // API: 80% input and 20% output, all at Qwen3-8B's one price $0.01/M (no input price: priced
        // as the output) = $0.01/M x 300M = $3.00.
        assertThat(r.parts().api.figure()).isEqualTo("$3.00");
        // Rented: RunPod 1x A100 80GB at $1.39 x 730 h = $1,014.70 + 0.1 x $15,000 + $20,000 / 36
        // = $1,014.70 + $1,500 + $555.56 = $3,070.26.
        assertThat(r.parts().rented.figure()).isEqualTo("$3,070");
        // Owned: DGX A100 at $200,000: 3,750 depreciation + 733.33 capital + 3,333.33 maintenance
        // + 974.62 power + 300 facility + 3,750 operations + 1,388.89 implementation = $14,230.18.
        assertThat(r.parts().owned.figure()).isEqualTo("$14,230");
        assertThat(r.parts().crossovers.getChildren().map(c -> c.getElement().getText()))
                .containsExactly(
                        "API = rented: not reached up to 1T tokens/month (verified)",
                        "API = owned: not reached up to 1T tokens/month (verified)",
                        // the 13th A100 80GB replica: 12 carry 43.17B tokens a month, 1.44B a day; further
                        // up the two step functions cross six more times (one marker each below)
                        "Rented = owned: reached at 43.17B tokens/month (1.44B/day), owned cheaper after it;"
                                + " 6 more crossings up to 1T tokens/month");
        assertThat(view.results.paths.lines.getText())
                .contains("Rent $1,014.70 = ")
                .contains("Power $974.62 = ")
                .contains("source: ");

        ChartSpec chart = r.parts().chart.getSpec();
        assertThat(chart.series())
                .extracting(ChartSpec.Series::name)
                .containsExactly("API", "Rented (cheapest option)", "Owned (cheapest option)");
        assertThat(chart.markers())
                .extracting(ChartSpec.Marker::label)
                .contains("you: 300M", "rented = owned → owned cheaper");
        assertThat(chart.markers()).extracting(ChartSpec.Marker::label).anyMatch(l -> l.startsWith("owned → "));
        assertThat(chart.markers())
                .filteredOn(m -> m.label().startsWith("rented = owned"))
                .hasSize(7)
                .first()
                .satisfies(m -> assertThat(Math.pow(10, m.x()))
                        .isCloseTo(43.17e9, org.assertj.core.data.Percentage.withPercentage(0.1)));
    }

    @Test
    void over_the_horizon_the_growth_charts_show_the_three_paths_and_the_hybrid_to_rented_and_owned() {
        ScenarioStudioView view = studio();
        typeTerms(view.form.paths);
        // Flat at 10M a day for 36 months; the hybrid moves after 1 month at 5M, paying $10,000.
        _setValue(view.form.growth, 0.0);
        _setValue(view.form.hybridThreshold, "5M");
        _setValue(view.form.hybridMonths, 1);
        _setValue(view.form.migration, 10000.0);

        ChartSpec cumulative = view.results.cumulativeChart.getSpec();
        assertThat(cumulative.series())
                .extracting(ChartSpec.Series::name)
                .containsExactly(
                        "API",
                        "Rented (cheapest each month)",
                        "Owned (purchases as paid)",
                        "Hybrid: API, then rented",
                        "Hybrid: API, then owned");
        // Owned (worked in ThreePathsIT): the DGX A100's $200,000 in month 1 with 4,607.96 running,
        // 733.33 capital and 5,138.89 people = 210,480.18; 10,480.18 a month after; 577,286.43 in all.
        ChartSpec monthly = view.results.monthlyChart.getSpec();
        double[][] owned = monthly.series().get(2).points();
        assertThat(owned[0][1]).isCloseTo(210480.18, within(0.01));
        assertThat(owned[1][1]).isCloseTo(10480.18, within(0.01));
        assertThat(cumulative.series().get(2).points()[35][1]).isCloseTo(577286.43, within(0.01));
        // The hybrid to rented costs less than to owned: month 2 = 3,070.26 - 555.56 + 10,000.
        assertThat(monthly.series().get(3).name()).isEqualTo("Hybrid: API, then rented");
        assertThat(monthly.series().get(3).points()[1][1]).isCloseTo(12514.70, within(0.01));
        assertThat(view.results.hybridHeadline.figure()).isEqualTo("Month 2");
        // It never pays back: 2,514.70 a month against the API's $3.00.
        assertThat(view.results.paybackHeadline.figure()).isEqualTo(StudioText.NOT_WITHIN);
        assertThat(view.results
                        .paths
                        .parts()
                        .overTime
                        .getChildren()
                        .map(c -> c.getElement().getText()))
                .anyMatch(t -> t.startsWith("Over 36 months: API $108, rented $110,529"))
                .anyMatch(t -> t.startsWith("Owned buys NVIDIA DGX A100 320GB")
                        && t.endsWith(": 1 in Month 1 (1 installed at the end)."))
                .anyMatch(t -> t.startsWith(
                        "The hybrid moves to rented in Month 2, but moving at the rule's" + " threshold costs $"));
        assertThat(view.results.paths.lines.getText()).contains("Three paths over 36 months");
    }

    @Test
    void routing_prices_the_cascade_on_the_three_paths_each_model_on_its_own_hardware() {
        ScenarioStudioView view = studio();
        assertThat(view.routing.pathsResult.isVisible()).isFalse();
        typeTerms(view.form.paths);
        var catalogue =
                context.getBean(app.breakeven.catalogue.CatalogueService.class).catalogue();
        _setValue(view.routing.cheap, catalogue.model("Qwen3-8B").orElseThrow());
        // The same model twice is refused beside the field and priced nowhere.
        _setValue(view.routing.escalation, catalogue.model("Qwen3-8B").orElseThrow());
        assertThat(view.routing.escalation.getErrorMessage()).contains("is already in the cascade");
        _setValue(view.routing.escalation, catalogue.model("GLM-4-9B").orElseThrow());
        _setValue(view.routing.rate, 50);

        // The arithmetic is worked by hand in PathsRoutingIT; the panel says what the engine prices.
        var d = view.read();
        var r = app.breakeven.scenarios.PathsRouting.route(
                d.plannedInputs(),
                java.util.List.of("Qwen3-8B", "GLM-4-9B"),
                java.util.List.of(0.5),
                catalogue,
                d.growth().horizonMonths());
        assertThat(view.routing.pathsResult.isVisible()).isTrue();
        assertThat(view.routing.pathsResult.getText())
                .contains("rented "
                        + app.breakeven.base.Formats.dollars(
                                r.rented().cascade().orElseThrow()) + " a month against "
                        + app.breakeven.base.Formats.dollars(
                                r.rented().allToLast().orElseThrow()))
                .contains("owned "
                        + app.breakeven.base.Formats.dollars(r.owned().cascade().orElseThrow()) + " a month against "
                        + app.breakeven.base.Formats.dollars(
                                r.owned().allToLast().orElseThrow()));
    }

    @Test
    void with_three_paths_the_uncertainty_panel_draws_on_their_options() throws Exception {
        ScenarioStudioView view = studio();
        typeTerms(view.form.paths);
        UncertaintyPanel panel = view.uncertainty;
        assertThat(panel.ranges().rows.keySet())
                .containsExactly(
                        "volume",
                        "growth",
                        "apiPriceFactor",
                        "rentFactor",
                        "serverPriceFactor",
                        "throughputFactor",
                        "electricity",
                        "fteCost",
                        "cachedShare",
                        "headroom",
                        "activeHours",
                        "pue",
                        "usefulLife");
        // Rent from half to one and a half times the offer's.
        _setValue(panel.ranges().rows.get("rentFactor").low, 0.5);
        _setValue(panel.ranges().rows.get("rentFactor").high, 1.5);
        panel.setOpened(true);
        assertThat(panel.awaitRun(60)).isTrue();
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();

        assertThat(panel.results.confidenceNote.getText())
                .startsWith("Self-hosting is the cheaper of rented and owned");
        assertThat(panel.results.tornado.getSpec().categories()).containsExactly("Rent (x the offer's $ an hour)");
        // Six rows less the break-even volume, which the three paths do not have.
        assertThat(panel.results.table.getChildCount()).isEqualTo(6);
    }

    @Test
    void a_bad_headroom_shows_its_message_beside_the_field_and_changes_nothing() {
        ScenarioStudioView view = studio();
        PathsFields p = view.form.paths;
        typeTerms(p);
        PathsChoice before = view.draft().inputs().paths();
        String owned = view.results.paths.parts().owned.figure();

        _setValue(p.headroom, 0.0);

        assertThat(p.headroom.isInvalid()).isTrue();
        assertThat(p.headroom.getErrorMessage()).startsWith("must be from ");
        assertThat(view.draft().inputs().paths()).isEqualTo(before);
        assertThat(view.results.paths.parts().owned.figure()).isEqualTo(owned);
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void the_dashboard_shows_the_three_paths_of_a_loaded_scenario_and_follows_its_volume() {
        ScenarioStudioView view = studio();
        typeTerms(view.form.paths);
        _click(view.save);

        UI.getCurrent().navigate("");
        DashboardView dashboard = _get(DashboardView.class);
        assertThat(dashboard.paths.isVisible())
                .as("the default example prices one way")
                .isFalse();
        Select<ScenarioSummary> startFrom = _get(Select.class, spec -> spec.withId("start-from"));
        _setValue(
                startFrom,
                startFrom
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.id() == scenario.id())
                        .findFirst()
                        .orElseThrow());

        // As in the studio, over the scenario's 36 months: $3.00, $3,070.26 and $14,230.18.
        assertThat(dashboard.paths.isVisible()).isTrue();
        assertThat(dashboard.paths.parts().api.figure()).isEqualTo("$3.00");
        assertThat(dashboard.paths.parts().rented.figure()).isEqualTo("$3,070");
        assertThat(dashboard.paths.parts().owned.figure()).isEqualTo("$14,230");
        assertThat(dashboard.paths.lines.getText()).contains("Implementation $555.56 = $20,000.00 / 36 months");

        // Twice the volume: the API bill doubles to $6.00; one rented replica still carries it.
        _setValue(dashboard.volume.field, "20M");
        assertThat(dashboard.paths.parts().api.figure()).isEqualTo("$6.00");
        assertThat(dashboard.paths.parts().rented.figure()).isEqualTo("$3,070");

        // The article's tier prices one way; back in the sized mode the paths return.
        _setValue(dashboard.hardware.mode, HardwareChoice.Mode.ARTICLE);
        assertThat(dashboard.paths.isVisible()).isFalse();
        _setValue(dashboard.hardware.mode, HardwareChoice.Mode.SIZED);
        assertThat(dashboard.paths.isVisible()).isTrue();
    }

    @Test
    void the_scenarios_own_ownership_assumption_prices_the_owned_path_and_is_kept() {
        ScenarioStudioView view = studio();
        typeTerms(view.form.paths);
        var pue = view.form.paths.ownership.fields.get("pue");
        assertThat(pue.getPlaceholder()).isEqualTo("catalogue: 1.58");

        _setValue(pue, 0.5);
        assertThat(pue.isInvalid()).isTrue();
        assertThat(pue.getErrorMessage()).isEqualTo("must be from 1 to 5 (ratio)");
        assertThat(view.results.paths.parts().owned.figure()).isEqualTo("$14,230");

        // PUE 1: power = 6.5 kW x 1 x 730 h x $0.13 = $616.85 in place of $974.62, so the owned
        // path is $14,230.18 - $974.62 + $616.85 = $13,872.41.
        _setValue(pue, 1.0);
        assertThat(pue.isInvalid()).isFalse();
        assertThat(view.results.paths.parts().owned.figure()).isEqualTo("$13,872");
        assertThat(view.results.paths.lines.getText()).contains("Power $616.85 = ");

        _click(view.save);
        assertThat(scenarios
                        .find(scenario.id())
                        .orElseThrow()
                        .inputs()
                        .paths()
                        .ownership()
                        .pue())
                .isEqualTo(1.0);
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        assertThat(studio().form.paths.ownership.fields.get("pue").getValue()).isEqualTo(1.0);
        assertThat(studio().results.paths.parts().owned.figure()).isEqualTo("$13,872");
    }

    @Test
    void saving_and_reloading_keeps_the_three_paths() {
        ScenarioStudioView view = studio();
        typeTerms(view.form.paths);
        PathsChoice typed = view.draft().inputs().paths();
        assertThat(typed.cachedInputShare()).isEqualTo(0.5);
        assertThat(typed.headroom()).isEqualTo(0.8);

        _click(view.save);
        assertThat(scenarios.find(scenario.id()).orElseThrow().inputs().paths()).isEqualTo(typed);

        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        ScenarioStudioView reloaded = studio();
        assertThat(reloaded.form.paths.enabled.getValue()).isTrue();
        assertThat(reloaded.form.paths.headroom.getValue()).isEqualTo(80.0);
        assertThat(reloaded.results.paths.parts().rented.figure()).isEqualTo("$3,070");
        assertThat(reloaded.status.getText()).isEqualTo(StudioText.SAVED);

        _setValue(reloaded.form.hardware.mode, HardwareChoice.Mode.ARTICLE);
        assertThat(reloaded.form.paths.isVisible())
                .as("the article's tier prices one way")
                .isFalse();
        assertThat(reloaded.draft().inputs().paths()).isNull();
        assertThat(reloaded.results.paths.isVisible()).isFalse();
    }
}
