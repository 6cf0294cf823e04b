package app.breakeven.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.LiteLlmEntry;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.security.TestAccounts;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The analysts' catalogue screens, driven without a browser on the real app and database. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class CatalogueViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    private CatalogueView view;
    private ModelPrice model;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        model = editing.save(
                CatalogueKind.MODEL,
                new ModelPrice(
                        "UI model " + System.nanoTime(),
                        "Test",
                        "MIT",
                        new BigDecimal("0.30"),
                        "test",
                        LocalDate.now()));
        UI.getCurrent().navigate(CatalogueView.class);
        view = _get(CatalogueView.class);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private int rows(Grid<?> grid) {
        return (int) grid.getGenericDataView().getItems().count();
    }

    @Test
    void litellm_preview_opens_on_text_models_selects_only_plausible_ones_and_says_what_it_imported() {
        String run = " " + System.nanoTime();
        String file = "{"
                + "\"chat-a" + run + "\": {\"output_cost_per_token\": 1e-06, \"mode\": \"chat\","
                + " \"litellm_provider\": \"openai\"},"
                + "\"chat-b" + run + "\": {\"output_cost_per_token\": 2e-06, \"mode\": \"completion\","
                + " \"litellm_provider\": \"acme\"},"
                + "\"no-mode" + run + "\": {\"output_cost_per_token\": 3e-06, \"litellm_provider\": \"acme\"},"
                + "\"per-request" + run + "\": {\"output_cost_per_token\": 0.02, \"mode\": \"chat\","
                + " \"litellm_provider\": \"wandb\"},"
                + "\"embed" + run + "\": {\"output_cost_per_token\": 0, \"input_cost_per_token\": 1e-08,"
                + " \"mode\": \"embedding\", \"litellm_provider\": \"openai\"},"
                + "\"broken" + run + "\": {\"output_cost_per_token\": \"cheap\", \"mode\": \"chat\"}}";

        view.previewLiteLlm(file.getBytes(StandardCharsets.UTF_8));
        LiteLlmDialog dialog = _get(LiteLlmDialog.class);

        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("litellm-summary"))
                        .getText())
                .startsWith("6 models in the file: 5 can be imported (1 of them are not text models")
                .contains("1 flagged for review, 1 cannot be imported");
        // Text models first: the embedding model is filtered out, the broken chat entry shows why.
        assertThat(dialog.shown())
                .extracting(LiteLlmEntry::name)
                .containsExactlyInAnyOrder(
                        "chat-a" + run, "chat-b" + run, "no-mode" + run, "per-request" + run, "broken" + run);
        assertThat(dialog.selectShown.getText()).isEqualTo("Select all shown that can be imported (3)");

        _click(dialog.selectShown);
        // The $20,000 per 1M model is flagged, not selected; the broken one cannot be.
        assertThat(dialog.grid.getSelectedItems())
                .extracting(LiteLlmEntry::name)
                .containsExactlyInAnyOrder("chat-a" + run, "chat-b" + run, "no-mode" + run);
        assertThat(dialog.selected.getText()).isEqualTo("3 selected");

        _setValue(dialog.providers, java.util.Set.of("acme"));
        assertThat(dialog.shown())
                .extracting(LiteLlmEntry::name)
                .containsExactlyInAnyOrder("chat-b" + run, "no-mode" + run);
        _setValue(dialog.providers, java.util.Set.of());
        _setValue(dialog.modes, java.util.Set.of("embedding"));
        assertThat(dialog.shown()).extracting(LiteLlmEntry::name).containsExactly("embed" + run);
        _setValue(dialog.modes, java.util.Set.of());
        _setValue(dialog.search, "per-request");
        assertThat(dialog.shown()).extracting(LiteLlmEntry::name).containsExactly("per-request" + run);

        _click(dialog.apply);

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .contains("3 models imported: 3 new, 0 updated.");
        assertThat(catalogue.findModel("no-mode" + run)).isPresent();
        assertThat(catalogue.findModel("per-request" + run)).isEmpty();
    }

    @Test
    void lists_every_table_and_searches_within_it() {
        assertThat(rows(view.models.grid)).isGreaterThanOrEqualTo(11);
        assertThat(rows(view.tiers.grid)).isEqualTo(5);
        assertThat(rows(view.hiddenCosts.grid)).isEqualTo(5);

        _setValue(view.models.search, "qwen");

        assertThat(view.models.grid.getGenericDataView().getItems().map(m -> ((ModelPrice) m).getName()))
                .containsExactlyInAnyOrder("Qwen3-32B", "Qwen3-8B", "Qwen3.5-27B");
    }

    @Test
    void a_bad_price_gets_a_message_beside_its_field_and_saves_nothing() {
        view.models.edit(model);
        var dialog = view.models.dialog;

        _setValue(dialog.fields.get("output_per_million"), "-1");
        _click(dialog.save);

        assertThat(dialog.fields.get("output_per_million").isInvalid()).isTrue();
        assertThat(dialog.fields.get("output_per_million").getErrorMessage()).contains("greater than or equal to 0");
        assertThat(catalogue.findModel(model.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.30");

        _setValue(dialog.fields.get("output_per_million"), "abc");
        _click(dialog.save);
        assertThat(dialog.fields.get("output_per_million").getErrorMessage()).contains("not a number");
    }

    @Test
    void a_valid_edit_saves_shows_its_effect_first_and_is_recorded() {
        view.models.edit(model);
        var dialog = view.models.dialog;

        _setValue(dialog.fields.get("output_per_million"), "0.42");
        _click(dialog.save);

        assertThat(catalogue.findModel(model.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.42");
        assertThat(editing.history(CatalogueKind.MODEL, model.getId())).hasSize(2);

        view.models.edit(catalogue.findModel("DeepSeek V4 Flash").orElseThrow());
        _setValue(view.models.dialog.fields.get("output_per_million"), "0.5");
        @SuppressWarnings("unchecked")
        Grid<app.breakeven.catalogue.ScenarioImpact> impact = _get(Grid.class, spec -> spec.withId("impact-grid"));
        assertThat(impact.getGenericDataView().getItems().map(app.breakeven.catalogue.ScenarioImpact::scenario))
                .contains("B, growth");
    }

    @Test
    void history_steps_the_output_price_over_dates_from_the_price_it_replaced() {
        view.models.edit(model);
        String before = view.models.dialog.fields.get("output_per_million").getValue();
        String asOf = view.models.dialog.fields.get("as_of").getValue();
        _setValue(view.models.dialog.fields.get("output_per_million"), "0.77");
        _click(view.models.dialog.save);

        view.models.edit(catalogue.findModel(model.getName()).orElseThrow());
        _click(view.models.dialog.history);

        var spec = _get(app.breakeven.base.ui.chart.CostChart.class, s -> s.withId("price-chart"))
                .getSpec();
        assertThat(spec.xAxis().format()).isEqualTo(app.breakeven.base.ui.chart.ChartSpec.Format.DATE);
        assertThat(spec.yAxis().min()).isEqualTo(0.0);
        var series = spec.series().getFirst();
        assertThat(series.type()).isEqualTo(app.breakeven.base.ui.chart.ChartSpec.SeriesType.STEP);
        double[][] points = series.points();
        // From the replaced price's as-of date (days since 1970) to today at the new price.
        assertThat(points[0]).containsExactly(java.time.LocalDate.parse(asOf).toEpochDay(), Double.parseDouble(before));
        assertThat(points[points.length - 1][1]).isEqualTo(0.77);
        assertThat(points[points.length - 1][0])
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay());
    }

    @Test
    void a_second_analysts_save_gets_a_conflict_dialog_and_overwrites_nothing_silently() {
        view.models.edit(model);
        var dialog = view.models.dialog;
        ModelPrice theirs = CatalogueTable.MODELS.copyOf(model);
        theirs.setOutputPerMillion(new BigDecimal("0.55"));
        editing.save(CatalogueKind.MODEL, theirs);

        _setValue(dialog.fields.get("output_per_million"), "0.60");
        _click(dialog.save);

        Dialog conflict = _get(Dialog.class, spec -> spec.withId("catalogue-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        // By field label, the field that differs first; the safe choice is the primary one.
        @SuppressWarnings("unchecked")
        Grid<java.util.Map.Entry<String, String>> fields = _get(Grid.class, spec -> spec.withId("conflict-fields"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(fields, 0)
                        .getFirst())
                .isEqualTo("Output $/1M");
        assertThat(_get(Button.class, spec -> spec.withId("conflict-reload")).getThemeNames())
                .contains("primary");
        assertThat(catalogue.findModel(model.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.55");

        _click(_get(Button.class, spec -> spec.withId("conflict-overwrite")));
        assertThat(catalogue.findModel(model.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.60");
    }

    @Test
    void two_analysts_editing_the_same_tier_the_second_save_conflicts() {
        var tier = catalogue.findTier("13-14B").orElseThrow();
        CatalogueView second = CatalogueViews.another(context);
        view.tiers.edit(tier);
        var mine = view.tiers.dialog;
        second.tiers.edit(tier);
        var theirs = second.tiers.dialog;
        String original = mine.fields.get("gpu_type").getValue();

        _setValue(theirs.fields.get("source"), "Second analyst's source");
        _click(theirs.save);
        _setValue(mine.fields.get("source"), "First analyst's source");
        _click(mine.save);

        assertThat(_get(Dialog.class, spec -> spec.withId("catalogue-conflict")).isOpened())
                .isTrue();
        assertThat(catalogue.findTier("13-14B").orElseThrow().getSource()).isEqualTo("Second analyst's source");
        assertThat(catalogue.findTier("13-14B").orElseThrow().getGpuType()).isEqualTo(original);

        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(mine.fields.get("source").getValue()).isEqualTo("Second analyst's source");
        _click(mine.save);
        assertThat(catalogue.findTier("13-14B").orElseThrow().getSource()).isEqualTo("Second analyst's source");
    }

    @Test
    void the_grids_show_a_few_columns_first_and_the_picker_shows_the_rest() {
        var column = view.models.grid.getColumnByKey("params_total_billions");
        assertThat(column.isVisible()).isFalse();
        assertThat(view.models.grid.getColumnByKey("name").isVisible()).isTrue();
        assertThat(view.models.grid.getColumnByKey("stale").isVisible()).isTrue();
        assertThat(view.models.grid.getColumnByKey("as_of").isVisible()).isTrue();
        // Rarely set or read off another column: in the picker at first, so the grid fits its page.
        assertThat(view.models.grid.getColumnByKey("cached_input_per_million").isVisible())
                .isFalse();
        assertThat(view.models.grid.getColumnByKey("batch_discount").isVisible())
                .isFalse();
        assertThat(view.models.grid.getColumnByKey("context_window").isVisible())
                .isFalse();
        assertThat(view.tiers.grid.getColumnByKey("gpu_memory_gb").isVisible()).isFalse();
        assertThat(view.tiers.grid.getColumnByKey("cloud_monthly_high").isVisible())
                .isTrue();

        var picker = _get(view.models, com.vaadin.flow.component.menubar.MenuBar.class);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(picker, "Parameters (B)");

        assertThat(column.isVisible()).isTrue();
    }

    @Test
    void a_missing_input_price_reads_as_priced_as_the_output() {
        // The seeded DeepSeek V3.2 has no input price: both the quick model and the three paths
        // price its input as its output (OffersViewIT reads its batch discount).
        var grid = view.models.grid;
        var names = grid.getListDataView().getItems().map(m -> m.getName()).toList();
        int row = names.indexOf("DeepSeek V3.2");
        assertThat(row).isNotNegative();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "input_per_million"))
                .isEqualTo("as output");
    }

    @Test
    void tiers_are_listed_by_model_size() {
        var labels = view.tiers
                .grid
                .getListDataView()
                .getItems()
                .map(app.breakeven.catalogue.HardwareTier::getLabel)
                .toList();
        assertThat(labels.indexOf("7-9B")).isLessThan(labels.indexOf("13-14B"));
        assertThat(labels.indexOf("13-14B")).isLessThan(labels.indexOf("27-32B"));
    }

    @Test
    void ticked_rows_are_deleted_together_after_a_confirmation_naming_them() {
        ModelPrice other = editing.save(
                CatalogueKind.MODEL,
                new ModelPrice(
                        "UI bulk " + System.nanoTime(),
                        "Test",
                        "MIT",
                        new BigDecimal("0.40"),
                        "test",
                        LocalDate.now()));
        view.models.refresh();
        assertThat(view.models.deleteSelected.isEnabled()).isFalse();

        view.models.grid.select(model);
        view.models.grid.select(other);
        assertThat(view.models.deleteSelected.getText()).isEqualTo("Delete selected (2)");
        _click(view.models.deleteSelected);
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-selected"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Delete 2 models?");
        assertThat(catalogue.findModel(model.getName())).isPresent();

        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(catalogue.findModel(model.getName())).isEmpty();
        assertThat(catalogue.findModel(other.getName())).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .contains("Deleted 2 models.");
        assertThat(view.models.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void a_ticked_tier_in_use_stops_the_whole_delete() {
        var tiers = view.tiers.grid.getListDataView().getItems().toList();
        var used = tiers.stream()
                .filter(t -> t.getLabel().equals("27-32B"))
                .findFirst()
                .orElseThrow();
        var unused = tiers.stream()
                .filter(t -> t.getLabel().equals("7-9B"))
                .findFirst()
                .orElseThrow();
        view.tiers.grid.select(used);
        view.tiers.grid.select(unused);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        _click(view.tiers.deleteSelected);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-selected")));

        assertThat(catalogue.findTier("27-32B")).isPresent();
        assertThat(catalogue.findTier("7-9B")).isPresent();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()
                        .getLast()
                        .getElement()
                        .getProperty("text"))
                .startsWith("Nothing was deleted: ")
                .contains("'27-32B' is used by");
    }

    @Test
    void deleting_a_tier_that_scenarios_use_asks_first_then_is_refused_with_a_true_count() {
        view.tiers.edit(catalogue.findTier("27-32B").orElseThrow());

        _click(view.tiers.dialog.delete);
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Delete '27-32B'?");
        assertThat(catalogue.findTier("27-32B")).isPresent();

        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(catalogue.findTier("27-32B")).isPresent();
        assertThat(view.tiers.dialog.isOpened()).isTrue();
        // The count is of scenarios, not of entries: "49 scenarios of other planners" is 49 of them.
        var shown = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        String refusal = shown.getLast().getElement().getProperty("text");
        var m = java.util.regex.Pattern.compile(
                        "is used by (\\d+) saved scenarios?: (?:(\\d+) scenarios? of (?:another|other) planners? and )?"
                                + "B, growth\\. Change")
                .matcher(refusal);
        assertThat(m.find()).as(refusal).isTrue();
        int others = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        assertThat(Integer.parseInt(m.group(1))).as(refusal).isEqualTo(others + 1);
    }

    @Test
    void a_csv_import_with_a_bad_row_lists_its_problems_and_cannot_be_applied() {
        String csv = "name,vendor,license,output_per_million,source,as_of\n"
                + "Fine " + System.nanoTime() + ",Acme,MIT,0.1,test,2026-11-01\n"
                + "Broken,Acme,MIT,0.1,test,yesterday\n";

        view.models.previewCsv(csv.getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<app.breakeven.catalogue.ItemProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(problems.getGenericDataView().getItems())
                .extracting(app.breakeven.catalogue.ItemProblem::line, app.breakeven.catalogue.ItemProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "as_of"));
        assertThat(_get(Button.class, spec -> spec.withId("import-apply")).isEnabled())
                .isFalse();
    }

    @Test
    void every_problem_of_a_row_is_listed_at_once_in_words_under_the_files_name() {
        // Line 2: no output price, a low estimate above its high, and a date that is not one.
        String csv =
                "name,vendor,license,output_per_million,self_host_estimate_low,self_host_estimate_high,source,as_of\n"
                        + "Broken " + System.nanoTime() + ",Acme,MIT,,900,100,test,yesterday\n";

        view.models.previewCsv("prices-november.csv", csv.getBytes(StandardCharsets.UTF_8));

        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("models-import-preview"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Import prices-november.csv");
        @SuppressWarnings("unchecked")
        Grid<app.breakeven.catalogue.ItemProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(problems.getGenericDataView().getItems())
                .extracting(
                        app.breakeven.catalogue.ItemProblem::line,
                        app.breakeven.catalogue.ItemProblem::column,
                        app.breakeven.catalogue.ItemProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "as_of", "'yesterday' is not a date like 2026-11-01"),
                        org.assertj.core.groups.Tuple.tuple(2, "output_per_million", "Enter a price"))
                .anyMatch(t -> t.toList().get(1).equals("self_host_estimate_high"));
        assertThat(_get(Button.class, spec -> spec.withId("import-apply")).isEnabled())
                .isFalse();
    }

    @Test
    void a_file_that_is_not_utf_8_is_named_in_the_refusal() {
        byte[] latin1 = "name,vendor\nCaf\u00e9,Acme\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        view.models.previewCsv("prices.csv", latin1);

        var shown = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(shown.getLast().getElement().getProperty("text")).startsWith("prices.csv is not UTF-8 text");
    }
}
