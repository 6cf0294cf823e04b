package app.breakeven.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.TestAccounts;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The studio's uncertainty panel on a saved scenario of the seeded catalogue. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class UncertaintyViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    private ScenarioDetails scenario;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        scenario = scenarios.save(scenarios.draft().withName("Uncertain view " + System.nanoTime()));
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private static ScenarioStudioView studio() {
        return _get(ScenarioStudioView.class);
    }

    /** Opens the panel if needed, waits for the run and delivers its result as the page's poll would. */
    private static UncertaintyPanel simulated() throws Exception {
        UncertaintyPanel panel = studio().uncertainty;
        if (!panel.isOpened()) {
            panel.setOpened(true);
        }
        assertThat(panel.awaitRun(60)).as("a run started").isTrue();
        MockVaadin.runUIQueue();
        return panel;
    }

    @Test
    void opening_the_panel_runs_the_simulation_in_the_background_and_draws_every_distribution() throws Exception {
        UncertaintyPanel panel = studio().uncertainty;
        assertThat(panel.isOpened()).isFalse();
        assertThat(panel.results.tornado.getSpec())
                .as("nothing drawn while closed")
                .isNull();
        assertThat(_find(panel, RangeFields.class)).as("nor built").isEmpty();
        // What the fields would hold is the saved choice, unchanged.
        assertThat(studio().read()).isEqualTo(studio().draft());

        simulated();

        assertThat(_find(panel, RangeFields.class)).as("built on opening").hasSize(1);
        assertThat(panel.ranges().rows).containsKeys("apiPrice", "volume");

        // The tornado is point arithmetic, drawn on opening from the catalogue's GPU and hidden ranges.
        assertThat(panel.results.tornado.getSpec().categories()).contains("GPUs ($ a deployment-month)");
        assertThat(panel.results.flips.getChildren()).isNotEmpty();
        // The break-even volume's own tornado where it is reached, and in words the ends it cannot draw.
        if (panel.results.tornadoBreakEven.isVisible()) {
            assertThat(panel.results.tornadoBreakEven.getSpec().categories()).isNotEmpty();
        } else {
            assertThat(panel.results.neverBreaksEven.getText())
                    .startsWith("At the likely values self-hosting never breaks even up to 100B tokens a day");
        }
        assertThat(panel.results.confidence.getText())
                .matches("Self-hosting wins the 24-month horizon in \\d+% of 10,000 draws");
        assertThat(panel.results.fan.getSpec().series())
                .extracting(ChartSpec.Series::name)
                .containsExactly("P10 to P90", "P50");
        assertThat(panel.results.fan.getSpec().series().getFirst().points()).hasNumberOfRows(24);
        assertThat(panel.results.probability.getSpec().series().getFirst().points())
                .hasNumberOfRows(24);
        assertThat(panel.results.volumes.getSpec().categories()).last().isEqualTo("not reached");
        assertThat(panel.results.months.getSpec().categories())
                .hasSize(25)
                .last()
                .isEqualTo("never");
        assertThat(panel.results.table.getChildCount()).isEqualTo(7);
        assertThat(panel.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_range_typed_changes_the_answer_and_is_saved_and_reloaded() throws Exception {
        ScenarioStudioView view = studio();
        RangeFields.Row price = view.uncertainty.ranges().rows.get("apiPrice");
        double likely = price.factor.range().likely();
        _setValue(price.low, likely / 2);
        _setValue(price.high, likely * 2);
        _setValue(price.shape, Shape.LOG_NORMAL);
        _setValue(view.uncertainty.ranges().seed, "1234");

        assertThat(view.read().uncertainty().range("apiPrice")).hasValueSatisfying(r -> {
            assertThat(r.low()).isEqualTo(likely / 2);
            assertThat(r.shape()).isEqualTo(Shape.LOG_NORMAL);
        });
        simulated();
        assertThat(view.uncertainty.results.confidenceNote.getText()).contains("Seed 1234");
        _click(_get(Button.class, spec -> spec.withId("save")));

        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        RangeFields.Row reloaded = studio().uncertainty.ranges().rows.get("apiPrice");
        assertThat(reloaded.low.getValue()).isEqualTo(likely / 2);
        assertThat(reloaded.high.getValue()).isEqualTo(likely * 2);
        assertThat(reloaded.shape.getValue()).isEqualTo(Shape.LOG_NORMAL);
        assertThat(studio().uncertainty.ranges().seed.getValue()).isEqualTo("1234");
    }

    @Test
    void a_model_priced_outside_a_saved_range_marks_that_range_though_the_panel_was_never_opened() {
        ScenarioStudioView view = studio();
        RangeFields.Row price = view.uncertainty.ranges().rows.get("apiPrice");
        double likely = price.factor.range().likely();
        _setValue(price.low, likely / 2);
        _setValue(price.high, likely * 2);
        _click(_get(Button.class, spec -> spec.withId("save")));
        // Away and back: a new studio, its panel closed and never opened.
        UI.getCurrent().navigate(ScenarioListView.class);
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        ScenarioStudioView reopened = studio();
        assertThat(reopened).isNotSameAs(view);
        UncertaintyPanel panel = reopened.uncertainty;
        assertThat(_find(panel, RangeFields.class)).as("not built").isEmpty();
        String before = reopened.draft().inputs().model();

        // A model priced well outside half to twice the saved one's price per million.
        ModelPrice outside = reopened.form
                .model
                .getGenericDataView()
                .getItems()
                .filter(m -> m.getOutputPerMillion().doubleValue() > likely * 2.5
                        || m.getOutputPerMillion().doubleValue() < likely / 2.5)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no model priced outside the range around " + likely));
        _setValue(reopened.form.model, outside);

        assertThat(_find(panel, RangeFields.class))
                .as("built to show the problem")
                .hasSize(1);
        RangeFields.Row row = panel.ranges().rows.get("apiPrice");
        assertThat(row.low.isInvalid()).isTrue();
        assertThat(row.low.getErrorMessage()).startsWith("the likely value ");
        assertThat(reopened.form.name.isInvalid())
                .as("not shown away from its field")
                .isFalse();
        assertThat(reopened.draft().inputs().model()).isEqualTo(before);
    }

    @Test
    void a_percent_range_reads_back_as_saved_so_an_edit_undone_leaves_nothing_unsaved() {
        ScenarioStudioView view = studio();
        RangeFields.Row utilization = view.uncertainty.ranges().rows.get("utilization");
        // 7% to 100%: saved as 0.07 to 1; 0.07 x 100 is 7.000000000000001 in binary floating
        // point, and that over 100 is not 0.07 again.
        _setValue(utilization.low, 7.0);
        _setValue(utilization.high, 100.0);
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(view.draft().uncertainty().range("utilization"))
                .hasValueSatisfying(r -> assertThat(r.low()).isEqualTo(0.07));
        UI.getCurrent().navigate(ScenarioListView.class);
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        ScenarioStudioView reopened = studio();
        assertThat(reopened.uncertainty.ranges().rows.get("utilization").low.getValue())
                .isEqualTo(7.0);

        int horizon = reopened.form.horizon.getValue();
        _setValue(reopened.form.horizon, horizon + 12);
        assertThat(reopened.isDirty()).isTrue();
        _setValue(reopened.form.horizon, horizon);

        assertThat(reopened.isDirty()).as("back as saved").isFalse();
    }

    @Test
    void a_range_that_does_not_hold_the_likely_value_says_so_and_changes_nothing() {
        ScenarioStudioView view = studio();
        RangeFields.Row volume = view.uncertainty.ranges().rows.get("volume");
        double likely = volume.factor.range().likely();
        _setValue(volume.low, likely * 2);
        _setValue(volume.high, likely * 3);

        assertThat(volume.low.isInvalid()).isTrue();
        assertThat(volume.low.getErrorMessage()).startsWith("the likely value ");
        assertThat(view.isDirty()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("save")).isEnabled()).isFalse();
    }
}
