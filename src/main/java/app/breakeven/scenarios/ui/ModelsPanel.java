package app.breakeven.scenarios.ui;

import app.breakeven.base.ui.Formats;
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

    ModelsPanel() {
        setId("models");
        grid.setId("models-grid");
        grid.addColumn(ModelCost::model).setHeader("Model").setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> Formats.dollars(m.outputPerMillion()) + "/M")
                .setHeader("API price")
                .setComparator(Comparator.comparingDouble(ModelCost::outputPerMillion));
        grid.addColumn(m -> Formats.dollars(m.apiMonthly()))
                .setHeader("API per month")
                .setKey("api")
                .setComparator(Comparator.comparingDouble(ModelCost::apiMonthly));
        grid.addColumn(ModelCost::tier).setHeader("Self-host tier").setSortable(true);
        grid.addColumn(m -> Formats.dollarRange(m.selfHostLow(), m.selfHostHigh()))
                .setHeader("Self-host per month")
                .setComparator(Comparator.comparingDouble(ModelCost::selfHostMid));
        grid.addColumn(m -> BreakEven.reached(m.breakEvenMid()) ? Formats.tokens(m.breakEvenMid()) : "not reached")
                .setHeader("Break-even tokens/day")
                .setComparator(Comparator.comparingDouble(ModelCost::breakEvenMid));
        grid.setAllRowsVisible(true);
        var table = new Div(new H3("Every model at this volume"), grid, bars);
        table.addClassName("chart-card");
        var map = new Div(
                new H3("Break-even map: tokens/day where self-hosting starts to pay (mid, full cost)"), heatmap);
        map.addClassName("chart-card");
        add(table, map);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    void show(List<ModelCost> models, BreakEvenMap map) {
        grid.setItems(models);
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
            double[][] cells = new double[map.tiers().size()][];
            for (int j = 0; j < map.tiers().size(); j++) {
                double v = map.volumes()[i][j];
                double code = Double.isNaN(v) ? -2 : BreakEven.reached(v) ? Math.log10(Math.max(v, 1)) : -1;
                cells[j] = new double[] {j, code};
            }
            rows.add(new Series(map.models().get(i), SeriesType.HEATMAP, null, false, cells));
        }
        heatmap.setSpec(ChartSpec.categorical(
                null, 420, map.tiers(), new ValueAxis("", Format.TOKENS_LOG10, null, null), rows, false, false));
    }
}
