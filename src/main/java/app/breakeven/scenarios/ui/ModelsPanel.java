package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.ShownNearView;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.costs.BreakEven;
import app.breakeven.scenarios.BreakEvenMap;
import app.breakeven.scenarios.ModelCost;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Every catalogue model at the scenario's volume in a sortable, searchable table; a bar chart
 * and the break-even map of models by hardware of every model when the catalogue is small,
 * else of the cheapest ones and the scenario's own (LiteLLM's list holds thousands).
 */
class ModelsPanel extends Div {

    final Grid<ModelCost> grid = new Grid<>(ModelCost.class, false);
    /** The table sits far down the studio: the browser builds it when the user scrolls near. */
    final ShownNearView table = new ShownNearView(grid, "28em");

    final CostChart bars = new CostChart();
    final CostChart heatmap = new CostChart();
    final H3 mapTitle = new H3();
    final H3 tableTitle = new H3("Every model at this volume");
    final Paragraph charted = new Paragraph();
    final TextField search = new TextField();
    private List<ModelCost> all = List.of();

    /** Catalogues up to this many models chart them all. */
    static final int CHART_ALL_UP_TO = 30;

    /** Larger ones chart this many: the cheapest, and the scenario's model. */
    static final int CHARTED = 20;

    ModelsPanel() {
        setId("models");
        grid.setId("models-grid");
        grid.addColumn(ModelCost::model).setHeader("Model").setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> Formats.dollars(m.outputPerMillion()) + "/M")
                .setHeader("API price")
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(ModelCost::outputPerMillion));
        grid.addColumn(m -> Formats.dollars(m.apiMonthly()))
                .setHeader("API per month")
                .setAutoWidth(true)
                .setKey("api")
                .setComparator(Comparator.comparingDouble(ModelCost::apiMonthly));
        grid.addColumn(ModelCost::hardware)
                .setHeader("Self-host on")
                .setKey("hardware")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(m -> m.priced() ? Formats.dollarRange(m.selfHostLow(), m.selfHostHigh()) : "not priced")
                .setHeader("Self-host per month")
                .setKey("self-host")
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(ModelCost::selfHostMid));
        grid.addColumn(m -> !m.priced()
                        ? "not priced"
                        : BreakEven.reached(m.breakEvenMid()) ? Formats.tokens(m.breakEvenMid()) : "not reached")
                .setHeader("Break-even per day")
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(ModelCost::breakEvenMid));
        grid.addColumn(m -> m.note() == null ? "" : m.note())
                .setHeader("Throughput from, or why not priced")
                .setKey("note")
                .setTooltipGenerator(m -> m.note() == null ? "" : m.note())
                // Narrow enough that the table fits its card at 1,400 px; wider when there is room.
                .setWidth("7em")
                .setFlexGrow(1);
        search.setId("models-search");
        search.setPlaceholder("Search models");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        charted.setId("models-charted");
        // Whole figures and headers, never "$2,700 – $…": cells wrap rather than cut.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        var tableCard = new Div(tableTitle, search, table, charted, bars);
        bars.setTitle("Every model at this volume");
        heatmap.setTitle("Break-even map");
        tableCard.addClassName("chart-card");
        var map = new Div(mapTitle, heatmap);
        map.addClassName("chart-card");
        add(tableCard, map);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    /**
     * Shows every model in the table, and charts {@link #charted} of them.
     *
     * @param mapOf the break-even map of the named models
     */
    void show(List<ModelCost> every, String scenarioModel, Function<List<String>, BreakEvenMap> mapOf) {
        all = every;
        filter();
        List<ModelCost> models = charted(every, scenarioModel);
        tableTitle.setText("Every model at this volume (" + Formats.count(every.size()) + ")");
        charted.setText(
                models.size() == every.size()
                        ? ""
                        : "The charts show the " + (models.size() - 1) + " cheapest of " + Formats.count(every.size())
                                + " models at this volume (the lesser of API and self-host, mid) and this scenario's "
                                + scenarioModel + "; search the table for any other.");
        charted.setVisible(models.size() != every.size());
        BreakEvenMap map = mapOf.apply(models.stream().map(ModelCost::model).toList());
        mapTitle.setText("Break-even map: tokens/day where self-hosting starts to pay (mid, full cost), by "
                + map.columnTitle());
        List<String> names = models.stream().map(ModelCost::model).toList();
        double[][] api = new double[models.size()][];
        double[][] self = new double[models.size()][];
        for (int i = 0; i < models.size(); i++) {
            api[i] = new double[] {i, models.get(i).apiMonthly()};
            self[i] = new double[] {i, models.get(i).selfHostMid()};
        }
        bars.setSpec(ChartSpec.categorical(
                null,
                320,
                names,
                new ValueAxis("Dollars per month", Format.DOLLARS, null, null),
                List.of(
                        new Series("API", SeriesType.BAR, "#1676f3", false, api),
                        new Series("Self-host (mid, full cost)", SeriesType.BAR, "#e8590c", false, self)),
                false,
                false));
        List<Series> rows = new ArrayList<>();
        for (int i = map.models().size() - 1; i >= 0; i--) {
            double[][] cells = new double[map.columns().size()][];
            List<String> notes = new ArrayList<>();
            for (int j = 0; j < map.columns().size(); j++) {
                BreakEvenMap.Cell cell = map.cells()[i][j];
                cells[j] = new double[] {j, heatCode(cell)};
                notes.add(cell.note() == null ? "" : cell.note());
            }
            rows.add(new Series(map.models().get(i), SeriesType.HEATMAP, null, false, cells, notes));
        }
        heatmap.setSpec(ChartSpec.categorical(
                null, 420, map.columns(), new ValueAxis("", Format.TOKENS_LOG10, null, null), rows, false, false));
    }

    /** The models the charts show: all of a small catalogue, else the cheapest and the scenario's own. */
    static List<ModelCost> charted(List<ModelCost> every, String scenarioModel) {
        if (every.size() <= CHART_ALL_UP_TO) {
            return every;
        }
        Comparator<ModelCost> cheapest = Comparator.comparingDouble(
                m -> m.priced() ? Math.min(m.apiMonthly(), m.selfHostMid()) : m.apiMonthly());
        List<ModelCost> shown = new ArrayList<>();
        every.stream().filter(m -> m.model().equals(scenarioModel)).findFirst().ifPresent(shown::add);
        every.stream()
                .filter(m -> !m.model().equals(scenarioModel))
                .sorted(cheapest)
                .limit(CHARTED - shown.size())
                .forEach(shown::add);
        return shown;
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        List<ModelCost> shown = text.isEmpty()
                ? all
                : all.stream()
                        .filter(m ->
                                m.model().toLowerCase(java.util.Locale.ROOT).contains(text))
                        .toList();
        boolean everyRow = shown.size() <= CHART_ALL_UP_TO;
        grid.setAllRowsVisible(everyRow);
        grid.setHeight(everyRow ? null : "28em");
        grid.setItems(shown);
    }

    /** The chart's cell code: log10 of the volume, -1 not reached, -2 does not fit, -3 not priced. */
    static double heatCode(BreakEvenMap.Cell cell) {
        return switch (cell.status()) {
            case DOES_NOT_FIT -> -2;
            case NOT_PRICED -> -3;
            case PRICED -> BreakEven.reached(cell.volume()) ? Math.log10(Math.max(cell.volume(), 1)) : -1;
        };
    }
}
