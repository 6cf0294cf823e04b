package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every catalogue model at the scenario's volume (a sortable table and a bar chart), and
 * the break-even map of models by hardware tiers.
 */
class ModelsPanel extends Div {

    final Grid<ModelCost> grid = new Grid<>(ModelCost.class, false);
    final CostChart bars = new CostChart();
    final CostChart heatmap = new CostChart();
    final H3 mapTitle = new H3();

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
                .setHeader("Break-even tokens/day")
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(ModelCost::breakEvenMid));
        grid.addColumn(m -> m.note() == null ? "" : m.note())
                .setHeader("Throughput from, or why not priced")
                .setKey("note")
                .setTooltipGenerator(m -> m.note() == null ? "" : m.note())
                .setWidth("18em")
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        // Whole figures and headers, never "$2,700 – $…": cells wrap rather than cut.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        var table = new Div(new H3("Every model at this volume"), grid, bars);
        bars.setTitle("Every model at this volume");
        heatmap.setTitle("Break-even map");
        table.addClassName("chart-card");
        var map = new Div(mapTitle, heatmap);
        map.addClassName("chart-card");
        add(table, map);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    void show(List<ModelCost> models, BreakEvenMap map) {
        grid.setItems(models);
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

    /** The chart's cell code: log10 of the volume, -1 not reached, -2 does not fit, -3 not priced. */
    static double heatCode(BreakEvenMap.Cell cell) {
        return switch (cell.status()) {
            case DOES_NOT_FIT -> -2;
            case NOT_PRICED -> -3;
            case PRICED -> BreakEven.reached(cell.volume()) ? Math.log10(Math.max(cell.volume(), 1)) : -1;
        };
    }
}
