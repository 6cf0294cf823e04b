package app.breakeven.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.scenarios.RoutingChoice;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.TestAccounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The scenario studio and the comparison, driven without a browser on the real app and database. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ScenarioStudioViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    app.breakeven.catalogue.CatalogueService catalogue;

    private ScenarioDetails scenario;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        scenario = scenarios.save(scenarios.draft().withName("Studio " + System.nanoTime()));
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private ScenarioStudioView studio() {
        return _get(ScenarioStudioView.class);
    }

    @Test
    void opens_the_scenario_of_its_url_with_a_month_by_month_projection() {
        ScenarioStudioView view = studio();

        assertThat(view.form.name.getValue()).isEqualTo(scenario.name());
        assertThat(view.status.getText()).isEqualTo(StudioText.SAVED);
        ChartSpec monthly = view.results.monthlyChart.getSpec();
        assertThat(monthly.series())
                .extracting(ChartSpec.Series::name)
                .containsExactly(
                        StudioText.SERIES_API,
                        StudioText.SERIES_SELF_RANGE,
                        StudioText.SERIES_SELF,
                        StudioText.SERIES_HYBRID);
        assertThat(monthly.series().getFirst().points())
                .hasNumberOfRows(scenario.growth().horizonMonths());
    }

    @Test
    void the_owner_shares_it_with_another_planner_from_the_share_panel() {
        ScenarioStudioView view = studio();
        Component share = SignedInUi.byId(view, "share");
        MultiSelectComboBox<AccountDirectory.Member> people = SignedInUi.byId(view, "share-people");
        assertThat(share.isVisible()).isTrue();
        var other = people.getListDataView()
                .getItems()
                .filter(m -> m.username().equals(TestAccounts.OTHER_PLANNER))
                .findFirst()
                .orElseThrow();

        _setValue(people, java.util.Set.of(other));
        _click(SignedInUi.<Button>byId(view, "share-people-save"));

        assertThat(SignedInUi.<Span>byId(view, "share-people-status").getText())
                .isEqualTo("Shared with " + TestAccounts.OTHER_PLANNER);
        assertThat(scenarios.members(scenario.id())).containsExactly(other.id());
        assertThat(people.getListDataView().getItems().map(m -> m.username())).doesNotContain(TestAccounts.PLANNER);
    }

    @Test
    void a_planner_it_is_shared_with_edits_and_saves_it_without_the_owners_controls() {
        long other = context.getBean(app.breakeven.security.AccountDirectory.class).members().stream()
                .filter(m -> m.username().equals(TestAccounts.OTHER_PLANNER))
                .findFirst()
                .orElseThrow()
                .id();
        scenarios.shareWith(scenario.id(), java.util.Set.of(other));
        SignedInUi.tearDown();
        SignedInUi.setupAs(context, TestAccounts.OTHER_PLANNER);
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        ScenarioStudioView view = _get(ScenarioStudioView.class);
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(SignedInUi.byId(view, "share").isVisible()).isFalse();

        _setValue(view.form.growth, 33.0);
        _click(view.save);

        assertThat(view.status.getText()).isEqualTo(StudioText.SAVED);
        assertThat(SignedInUi.byId(view, "share").isVisible()).isFalse();
        assertThat(scenarios.find(scenario.id()).orElseThrow().growth().perMonth())
                .isEqualTo(0.33);
    }

    @Test
    void a_change_redraws_marks_unsaved_and_saving_keeps_it_across_a_reload() {
        ScenarioStudioView view = studio();
        double[][] before =
                view.results.monthlyChart.getSpec().series().getFirst().points();

        _setValue(view.form.growth, 40.0);

        assertThat(view.status.getText()).isEqualTo(StudioText.UNSAVED);
        assertThat(view.results.monthlyChart.getSpec().series().getFirst().points()[5][1])
                .isGreaterThan(before[5][1]);
        _click(view.save);
        assertThat(view.status.getText()).isEqualTo(StudioText.SAVED);

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        assertThat(studio().form.growth.getValue()).isEqualTo(40.0);
        assertThat(scenarios.find(scenario.id()).orElseThrow().growth().perMonth())
                .isEqualTo(0.4);
    }

    @Test
    void the_routing_is_saved_reloaded_duplicated_compared_and_frozen_in_a_share_link() {
        ScenarioStudioView view = studio();
        var qwen = catalogue.catalogue().model("Qwen3-8B").orElseThrow();
        var v32 = catalogue.catalogue().model("DeepSeek V3.2").orElseThrow();

        // The same model cannot be both the cheap one and the escalation one: nothing saved.
        _setValue(view.routing.escalation, view.routing.cheap.getValue());
        assertThat(view.routing.escalation.isInvalid()).isTrue();
        assertThat(view.routing.escalation.getErrorMessage()).contains("is already in the cascade");
        assertThat(view.save.isEnabled()).isFalse();

        _setValue(view.routing.cheap, qwen);
        _setValue(view.routing.escalation, v32);
        _setValue(view.routing.rate, 25);
        assertThat(view.routing.escalation.isInvalid()).isFalse();
        assertThat(view.status.getText()).isEqualTo(StudioText.UNSAVED);
        _click(view.save);
        var saved = new RoutingChoice(List.of("Qwen3-8B", "DeepSeek V3.2"), List.of(0.25));
        assertThat(scenarios.find(scenario.id()).orElseThrow().routing()).isEqualTo(saved);

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(scenario.id()));
        assertThat(studio().routing.read()).isEqualTo(saved);
        assertThat(studio().status.getText()).isEqualTo(StudioText.SAVED);

        var copy = scenarios.duplicate(scenarios.find(scenario.id()).orElseThrow());
        assertThat(copy.routing()).isEqualTo(saved);

        var link = context.getBean(app.breakeven.sharing.SharingService.class).create(scenario.id(), 7, true);
        scenarios.save(scenarios.find(scenario.id()).orElseThrow().withRouting(RoutingChoice.ARTICLE));
        UI.getCurrent().navigate(app.breakeven.sharing.ui.SharedScenarioView.class, link.token());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("shared-routing"))
                        .getText())
                .startsWith("Routing: Qwen3-8B, 25% escalated to DeepSeek V3.2. By API $");

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", scenario.id() + "," + copy.id())));
        @SuppressWarnings("unchecked")
        var table = (com.vaadin.flow.component.grid.Grid<CompareView.Row>)
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("compare-table"));
        assertThat(table.getGenericDataView().getItems().filter(r -> r.figure().equals("Routing")))
                .singleElement()
                .extracting(CompareView.Row::values)
                .isEqualTo(List.of(RoutingChoice.ARTICLE.describe(), "Qwen3-8B, 25% escalated to DeepSeek V3.2"));
    }

    @Test
    void a_board_link_is_active_copyable_once_and_revoked_only_after_confirming() {
        ScenarioStudioView view = studio();
        _click(SignedInUi.<Button>byId(view, "share-create"));

        var url = SignedInUi.<com.vaadin.flow.component.textfield.TextField>byId(view, "share-url");
        assertThat(url.getValue()).contains("/shared/");
        assertThat(SignedInUi.<Button>byId(view, "share-copy").isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        var links = (com.vaadin.flow.component.grid.Grid<Object>)
                SignedInUi.<com.vaadin.flow.component.grid.Grid<?>>byId(view, "share-grid");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(links, 0, "state"))
                .isEqualTo("Active");

        Button revoke = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(links, 0, "revoke");
        _click(revoke);
        var confirm = _get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("confirm-revoke"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(links, 0, "state"))
                .as("nothing revoked before confirming")
                .isEqualTo("Active");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(links, 0, "state"))
                .isEqualTo("Revoked");
    }

    /** Opens one of the seeded examples in the studio. */
    private ScenarioStudioView openSeeded(String name) {
        long id = scenarios.list().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(id));
        return studio();
    }

    @Test
    void a_hybrid_move_that_never_pays_back_reads_as_a_loss_and_the_recommendation_says_so() {
        ScenarioStudioView view = openSeeded("C, enterprise");
        var g = view.projection().growth();
        assertThat(g.hybridSwitchMonth()).isNotNegative();
        assertThat(g.paybackMonth()).isNegative();

        assertThat(view.results.hybridHeadline.figure()).endsWith(StudioText.HYBRID_AT_A_LOSS);
        assertThat(view.results.hybridHeadline.getClassNames()).contains("loss");
        double more = g.hybridCumulative()[g.months() - 1] - g.apiCumulative()[g.months() - 1];
        assertThat(view.results.hybridHeadline.note())
                .isEqualTo("Moving at the rule's threshold costs more than staying on the API: "
                        + app.breakeven.base.Formats.dollars(more) + " more over " + g.months() + " months");
        assertThat(view.results.paybackHeadline.note()).isEqualTo(StudioText.NO_PAYBACK);
        assertThat(view.projection().decision().reasons())
                .anyMatch(r -> r.startsWith("The hybrid rule moves to self-hosting in month "
                        + (g.hybridSwitchMonth() + 1) + ", but the move does not pay back within the horizon"));
    }

    @Test
    void a_hybrid_that_never_moves_says_it_stays_on_the_api_and_that_there_is_nothing_to_pay_back() {
        // A: 1M tokens/day, no growth, a 500M tokens/day threshold: the rule is never met.
        ScenarioStudioView view = openSeeded("A, early stage");
        assertThat(view.projection().growth().hybridSwitchMonth()).isNegative();

        assertThat(view.results.hybridHeadline.figure()).isEqualTo("Stays on the API");
        assertThat(view.results.hybridHeadline.note()).isEqualTo("the rule: 3 months at or above 500M tokens/day");
        assertThat(view.results.paybackHeadline.figure()).isEqualTo("No move");
        assertThat(view.results.paybackHeadline.note()).isEqualTo(StudioText.NO_MOVE);
        assertThat(view.results.selfHeadline.note()).isEqualTo("1 deployment of 1x A100 40GB");
    }

    @Test
    void compare_refuses_fewer_than_two_and_shows_each_horizon_beside_its_totals() {
        var other = scenarios.save(
                scenarios.draft().withName("Other " + System.nanoTime()).withGrowth(0.05, 36));
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", String.valueOf(scenario.id()))));
        CompareView compare = _get(CompareView.class);
        assertThat(compare.pick.isInvalid()).isTrue();
        assertThat(compare.pick.getErrorMessage()).isEqualTo(CompareView.PICK_TWO_TO_FOUR);
        assertThat(compare.table.getGenericDataView().getItems()).isEmpty();

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", scenario.id() + "," + other.id())));
        compare = _get(CompareView.class);
        assertThat(compare.pick.isInvalid()).isFalse();
        assertThat(compare.table
                        .getGenericDataView()
                        .getItems()
                        .filter(r -> r.figure().equals("API over the horizon")))
                .singleElement()
                .satisfies(r -> assertThat(r.values())
                        .anyMatch(v -> v.endsWith(" over 24 months"))
                        .anyMatch(v -> v.endsWith(" over 36 months")));
    }

    @Test
    void a_percent_field_speaks_percent_in_its_message() {
        ScenarioStudioView view = studio();

        _setValue(view.form.inputShare, 150);

        assertThat(view.form.inputShare.isInvalid()).isTrue();
        assertThat(view.form.inputShare.getErrorMessage()).isEqualTo("must be from 0% to 100%");
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void editing_another_field_keeps_a_volume_more_precise_than_its_label() {
        ScenarioDetails precise = scenarios.save(scenarios
                .find(scenario.id())
                .orElseThrow()
                .withInputs(scenario.inputs().withTokensPerDay(123_456_789)));
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(precise.id()));
        ScenarioStudioView view = studio();

        _setValue(view.form.migration, 1000.0);

        assertThat(view.draft().inputs().tokensPerDay()).isEqualTo(123_456_789);
    }

    @Test
    void a_growth_of_seven_percent_shows_as_7_and_an_edit_undone_leaves_it_saved() {
        ScenarioDetails stored = scenarios.find(scenario.id()).orElseThrow();
        ScenarioDetails seven =
                scenarios.save(stored.withGrowth(0.07, stored.growth().horizonMonths()));
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(seven.id()));
        ScenarioStudioView view = studio();

        // Not 7.000000000000001, which 0.07 x 100 gives in binary floating point.
        assertThat(view.form.growth.getValue()).isEqualTo(7.0);
        _setValue(view.form.migration, 1234.0);
        assertThat(view.isDirty()).isTrue();
        _setValue(view.form.migration, seven.hybrid().migrationCost());

        assertThat(view.isDirty()).as("back as saved").isFalse();
        assertThat(view.draft().growth().perMonth()).isEqualTo(0.07);
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        ScenarioStudioView view = studio();
        _setValue(view.form.horizon, 36);

        UI.getCurrent().navigate(ScenarioListView.class);

        assertThat(_find(ScenarioStudioView.class)).hasSize(1);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("leave-dialog"))
                        .isOpened())
                .isTrue();
    }

    @Test
    void a_horizon_of_zero_or_a_policy_longer_than_the_horizon_is_refused_and_changes_nothing() {
        ScenarioStudioView view = studio();
        ScenarioDetails before = view.draft();

        _setValue(view.form.horizon, 0);
        assertThat(view.form.horizon.isInvalid()).isTrue();
        assertThat(view.draft()).isEqualTo(before);

        _setValue(view.form.horizon, 2);
        assertThat(view.form.hybridMonths.isInvalid()).isTrue();
        assertThat(view.form.hybridMonths.getErrorMessage()).contains("longer than the horizon");
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.draft()).isEqualTo(before);
    }

    @Test
    void a_conflicting_save_shows_the_other_version_and_overwrites_nothing_silently() {
        ScenarioStudioView view = studio();
        scenarios.save(scenarios.find(scenario.id()).orElseThrow().withGrowth(0.33, 24));

        _setValue(view.form.growth, 5.0);
        _click(view.save);

        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(scenarios.find(scenario.id()).orElseThrow().growth().perMonth())
                .isEqualTo(0.33);
    }

    @Test
    void engineering_time_and_routing_show_the_articles_figures() {
        ScenarioStudioView view = studio();

        _setValue(view.form.engineerCost, 44_000.0);
        _setValue(view.form.engineerShare, 25);

        assertThat(view.results.roi.getText()).contains("engineering time $11,000");
        assertThat(view.routing.target.getText()).contains("36%").contains("60%");
    }

    @Test
    void the_comparison_puts_scenarios_side_by_side() {
        long a = scenarios.list().stream()
                .filter(s -> s.name().equals("A, early stage"))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", scenario.id() + "," + a)));

        CompareView compare = _get(CompareView.class);
        assertThat(compare.pick.getValue()).hasSize(2);
        @SuppressWarnings("unchecked")
        Grid<CompareView.Row> table = _get(Grid.class, spec -> spec.withId("compare-table"));
        assertThat(table.getColumns()).hasSize(3);
        assertThat(compare.chart.getSpec().series()).hasSize(4);
        List<CompareView.Row> rows = table.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(CompareView.Row::figure).contains("API this month", "Recommendation");
        // Every scenario simulated on the first one's draws and seed, so their chances compare.
        assertThat(rows)
                .filteredOn(r -> r.figure().startsWith("Self-hosting wins the horizon ("))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.figure()).endsWith(" draws, seed 1 for all)");
                    assertThat(r.values()).allMatch(v -> v.matches("[0-9.]+% of draws"));
                });
    }

    private static <T> void choose(
            com.vaadin.flow.component.combobox.ComboBox<T> box, java.util.function.Predicate<T> which) {
        _setValue(
                box, box.getListDataView().getItems().filter(which).findFirst().orElseThrow());
    }

    @Test
    void sized_on_a_gpu_the_every_model_table_says_which_models_do_not_fit_and_saving_keeps_the_choice() {
        ScenarioStudioView view = studio();
        choose(view.form.model, m -> m.getName().equals("Qwen3-8B"));
        _setValue(view.form.hardware.mode, HardwareChoice.Mode.SIZED);
        choose(view.form.hardware.sizing().gpu, g -> g.getName().equals("L4 24GB"));

        // Qwen3-8B is published in BF16, which the sized mode proposes: 8.2 x 2 = 16.4 GB of weights
        // + 38.65 GB KV = 55.05 GB x 1.1 = 60.56 GB: four L4 (4 x 21.6 = 86.4 GB usable). DeepSeek V4
        // Flash in BF16 needs (568 + 23.085) x 1.1 = 650.2 GB; eight L4 hold 172.8 GB, so its row
        // says it does not fit and is not priced.
        assertThat(view.form.hardware.sizing().gpu.isInvalid()).isFalse();
        List<app.breakeven.scenarios.ModelCost> rows =
                view.models.grid.getListDataView().getItems().toList();
        assertThat(rows)
                .filteredOn(m -> m.model().equals("Qwen3-8B"))
                .singleElement()
                .satisfies(m -> assertThat(m.hardware()).isEqualTo("4 x L4 24GB (BF16)"));
        assertThat(rows)
                .filteredOn(m -> m.model().equals("DeepSeek V4 Flash"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.hardware()).isEqualTo("does not fit");
                    assertThat(m.priced()).isFalse();
                });
        assertThat(view.models.mapTitle.getText()).endsWith("by GPU type (BF16 weights)");
        assertThat(view.results.formulas.getText()).startsWith("Hardware sized from the model and the GPU");

        _click(view.save);
        assertThat(scenarios.find(scenario.id()).orElseThrow().inputs().sizing().gpu())
                .isEqualTo("L4 24GB");

        choose(view.form.model, m -> m.getName().equals("DeepSeek V4 Flash"));
        assertThat(view.form.hardware.sizing().gpu.isInvalid()).isTrue();
        assertThat(view.form.hardware.sizing().gpu.getErrorMessage()).startsWith("does not fit: DeepSeek V4 Flash");
        assertThat(view.save.isEnabled())
                .as("what does not fit cannot be saved")
                .isFalse();
    }
}
