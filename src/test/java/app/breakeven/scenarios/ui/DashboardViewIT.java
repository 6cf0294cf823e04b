package app.breakeven.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.costs.Deployment;
import app.breakeven.scenarios.ScenarioSummary;
import app.breakeven.security.TestAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.DecimalSlider;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard driven as a user would, without a browser, on the real app and database. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class DashboardViewIT {

    @Autowired
    ApplicationContext context;

    private DashboardView view;

    @BeforeEach
    void openDashboard() {
        SignedInUi.setup(context);
        UI.getCurrent().navigate("");
        view = _get(DashboardView.class);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private String headline(String id) {
        return ((Headline) _get(Div.class, spec -> spec.withId(id))).figure();
    }

    @Test
    void opens_on_scenario_b_with_its_figures() {
        assertThat(headline("headline-api")).isEqualTo("$375");
        assertThat(headline("headline-self-host")).isEqualTo("$1,700 – $5,900");
        assertThat(headline("headline-deployments")).isEqualTo("1 × 2x A100 80GB");
        assertThat(headline("headline-verdict")).isEqualTo("API wins by 4.5x–16x");
        assertThat(_get(TextField.class, spec -> spec.withId("volume-field")).getValue())
                .isEqualTo("50M");
    }

    @Test
    void on_the_articles_tier_neither_the_sizing_fields_nor_the_three_paths_are_built() {
        // Built but hidden, they would stay in every session with the changes the browser was not
        // sent (about 70 KB a dashboard session, by scripts/session-memory.sh).
        _assertNone(Div.class, spec -> spec.withId("sizing-fields"));
        _assertNone(Headline.class, spec -> spec.withId("path-api"));
        assertThat(_find(CostChart.class)).hasSize(1);

        _setValue(view.hardware.mode, HardwareChoice.Mode.SIZED);

        assertThat(_get(Div.class, spec -> spec.withId("sizing-fields")).isVisible())
                .isTrue();
        assertThat(view.hardware.sizing().gpu.getValue().getName()).isEqualTo("H100 80GB SXM");
        // The three paths' cards are built when a scenario with paths shows (ThreePathsViewIT).
    }

    @Test
    void moving_the_volume_slider_updates_the_headline_and_the_chart() {
        ChartSpec before = _get(CostChart.class).getSpec();

        _setValue(_get(DecimalSlider.class, spec -> spec.withId("volume-slider")), 9.0);

        assertThat(view.inputs().tokensPerDay()).isEqualTo(1e9);
        assertThat(_get(TextField.class, spec -> spec.withId("volume-field")).getValue())
                .isEqualTo("1B");
        assertThat(headline("headline-api")).isEqualTo("$7,500");
        assertThat(headline("headline-deployments")).isEqualTo("20 × 2x A100 80GB");
        ChartSpec after = _get(CostChart.class).getSpec();
        assertThat(after.markers().getFirst().x()).isEqualTo(9.0);
        assertThat(after.markers().getFirst().label()).contains("1B");
        assertThat(after.markers()).isNotEqualTo(before.markers());
        assertThat(after.markers().getFirst().label()).isEqualTo("You: 1B");
    }

    @Test
    void typing_a_volume_moves_the_slider() {
        _setValue(_get(TextField.class, spec -> spec.withId("volume-field")), "2.5B");

        assertThat(view.inputs().tokensPerDay()).isEqualTo(2.5e9);
        assertThat(_get(DecimalSlider.class, spec -> spec.withId("volume-slider"))
                        .getValue())
                .isEqualTo(VolumeInput.position(2.5e9));
        assertThat(headline("headline-api")).isEqualTo("$18,750");
    }

    @Test
    void a_bad_volume_gets_a_message_and_changes_nothing() {
        var field = _get(TextField.class, spec -> spec.withId("volume-field"));

        _setValue(field, "lots");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("100K to 10B");
        assertThat(view.inputs().tokensPerDay()).isEqualTo(50e6);
        assertThat(headline("headline-api")).isEqualTo("$375");

        _setValue(field, "20B");
        assertThat(field.isInvalid()).isTrue();
        assertThat(view.inputs().tokensPerDay()).isEqualTo(50e6);
    }

    @Test
    void a_bad_utilization_gets_a_message_and_changes_nothing() {
        var field = _get(IntegerField.class, spec -> spec.withId("utilization-field"));

        _setValue(field, 0);

        assertThat(field.isInvalid()).isTrue();
        assertThat(view.inputs().utilization()).isEqualTo(1.0);
    }

    @Test
    void on_prem_adds_electricity_and_halves_the_gpu_bill() {
        _setValue(view.deployment, Deployment.ON_PREM);

        assertThat(headline("headline-self-host")).isEqualTo("$1,400 – $5,900");
    }

    @Test
    void starting_from_scenario_a_loads_its_inputs_and_figures() {
        @SuppressWarnings("unchecked")
        Select<ScenarioSummary> startFrom = _get(Select.class, spec -> spec.withId("start-from"));
        assertThat(startFrom.getValue().name()).isEqualTo("B, growth");

        _setValue(
                startFrom,
                startFrom
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.name().equals("A, early stage"))
                        .findFirst()
                        .orElseThrow(),
                true);

        assertThat(view.inputs().tokensPerDay()).isEqualTo(1e6);
        assertThat(headline("headline-api")).isEqualTo("$7.50");
        assertThat(_get(TextField.class, spec -> spec.withId("volume-field")).getValue())
                .isEqualTo("1M");
    }

    @Test
    void scenario_c_says_in_words_how_many_deployments_it_needs_against_the_one_the_article_priced() {
        @SuppressWarnings("unchecked")
        Select<ScenarioSummary> startFrom = _get(Select.class, spec -> spec.withId("start-from"));
        _setValue(
                startFrom,
                startFrom
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.name().equals("C, enterprise"))
                        .findFirst()
                        .orElseThrow(),
                true);

        // 928 tokens/s x 86,400 s = 80,179,200 tokens a day a deployment (utilization 100%, peak 1):
        // ceil(500,000,000 / 80,179,200) = ceil(6.24) = 7 deployments.
        var deployments = (Headline) _get(Div.class, spec -> spec.withId("headline-deployments"));
        assertThat(deployments.note())
                .startsWith("7 deployments of ")
                .contains(" are needed for 500M tokens/day at 928 tokens/s each; the article priced one");
        // Break-even as a sentence, never "range ... - not reached tokens/day".
        var breakEven = (Headline) _get(Div.class, spec -> spec.withId("headline-break-even"));
        assertThat(breakEven.note()).endsWith(".").doesNotContain("range ").doesNotContain(" - ");
    }

    @Test
    void the_gpu_only_view_reproduces_the_articles_table() {
        _setValue(view.fullCost, false);

        assertThat(headline("headline-self-host")).isEqualTo("$1,000 – $2,000");
        assertThat(headline("headline-verdict")).isEqualTo("API wins by 2.7x–5.3x");
        assertThat(_get(CostChart.class).getSpec().series())
                .extracting(ChartSpec.Series::name)
                .contains(DashboardText.SERIES_SELF_GPU);
    }

    @Test
    void sizing_from_a_gpu_prices_a_replica_and_a_gpu_too_small_is_refused_beside_its_field() {
        assertThat(view.formulas.getText()).startsWith("Hardware: the article's tier 27-32B (quick estimate)");

        _setValue(view.hardware.mode, HardwareChoice.Mode.SIZED);

        // Proposed: H100 80GB SXM, FP8 weights, BF16 KV cache, 8,192 tokens x 32 sequences. DeepSeek
        // V4 Flash needs (284 + 23.085) GB x 1.1 = 337.79 GB: 4 x 72 GB is too little, 8 x 72 holds it.
        // Rent: $2.69-$12.29 an hour x 730 x 8 GPUs = $15,709.60-$71,773.60 a month; one replica
        // serves 5,839 tokens/s, so 50M a day needs one.
        assertThat(view.inputs().sizing().gpu()).isEqualTo("H100 80GB SXM");
        assertThat(headline("headline-deployments")).isEqualTo("1 × 8 x H100 80GB SXM (FP8)");
        assertThat(view.formulas.getText())
                .startsWith("Hardware sized from the model and the GPU: a replica of 8 x H100 80GB SXM (FP8), estimate")
                .contains("Total: (284 GB + 23.085 GB) x (1 + 0.1 runtime overhead) = 337.794 GB");
        assertThat(view.sources.getText())
                .contains("NVIDIA H100 Tensor Core GPU datasheet")
                .contains("Rent:");
        String priced = headline("headline-self-host");

        _setValue(
                view.hardware.sizing().gpu,
                view.hardware
                        .sizing()
                        .gpu
                        .getListDataView()
                        .getItems()
                        .filter(g -> g.getName().equals("A100 40GB SXM"))
                        .findFirst()
                        .orElseThrow());

        assertThat(view.hardware.sizing().gpu.isInvalid()).isTrue();
        assertThat(view.hardware.sizing().gpu.getErrorMessage()).startsWith("does not fit: DeepSeek V4 Flash in FP8");
        assertThat(view.inputs().sizing().gpu()).as("nothing changed").isEqualTo("H100 80GB SXM");
        assertThat(headline("headline-self-host")).isEqualTo(priced);

        _setValue(view.hardware.mode, HardwareChoice.Mode.ARTICLE);
        assertThat(headline("headline-deployments")).isEqualTo("1 × 2x A100 80GB");
        assertThat(headline("headline-api")).isEqualTo("$375");
    }
}
