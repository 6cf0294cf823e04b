package app.breakeven.catalogue.ui;

import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.CatalogueChange;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An item's recorded changes: for a model, its output price over time (a step from each change
 * to the next, held to today, from $0 up), then a table of who changed what, by field label.
 */
final class ItemHistory extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    ItemHistory(CatalogueKind kind, List<CatalogueChange> changes, Instant now) {
        setWidthFull();
        var table = CatalogueTable.of(kind);
        var grid = new Grid<CatalogueChange>();
        grid.setId("history-grid");
        grid.addColumn(c -> WHEN.format(c.getChangedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(CatalogueChange::getChangedBy).setHeader("Who").setAutoWidth(true);
        grid.addColumn(c -> c.getAction().name().toLowerCase())
                .setHeader("What")
                .setAutoWidth(true);
        grid.addColumn(c -> differences(table, c)).setHeader("Changes").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        if (kind == CatalogueKind.MODEL && !changes.isEmpty()) {
            add(new H3("Output price over time"), priceChart(changes, now));
        }
        add(grid);
        if (changes.isEmpty()) {
            add(new Paragraph("No changes recorded since the catalogue was seeded."));
        }
    }

    /** "Output $/1M: 0.6 → 0.5; As of: 2026-11-01 → 2026-11-29", "created" or "deleted". */
    static String differences(CatalogueTable<?> table, CatalogueChange change) {
        Map<String, String> before = CatalogueEditing.values(change.getOldValues());
        Map<String, String> after = CatalogueEditing.values(change.getNewValues());
        if (before.isEmpty()) {
            return "created";
        }
        if (after.isEmpty()) {
            return "deleted";
        }
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> table.label(e.getKey()) + ": " + before.getOrDefault(e.getKey(), "") + " → " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * The output price as a step: from the price the first change replaced (at the date it was as
     * of), through each change, held to {@code now}; x in days since 1970, shown as dates.
     */
    static CostChart priceChart(List<CatalogueChange> changes, Instant now) {
        List<double[]> points = new ArrayList<>();
        List<CatalogueChange> oldestFirst = changes.stream()
                .sorted(Comparator.comparing(CatalogueChange::getChangedAt))
                .toList();
        if (!oldestFirst.isEmpty()) {
            Map<String, String> before =
                    CatalogueEditing.values(oldestFirst.getFirst().getOldValues());
            String price = before.get("output_per_million");
            String asOf = before.get("as_of");
            if (price != null && !price.isEmpty() && asOf != null && !asOf.isEmpty()) {
                double from = LocalDate.parse(asOf).toEpochDay();
                if (from < days(oldestFirst.getFirst().getChangedAt())) {
                    points.add(new double[] {from, Double.parseDouble(price)});
                }
            }
        }
        for (CatalogueChange change : oldestFirst) {
            String price = CatalogueEditing.values(change.getNewValues()).get("output_per_million");
            if (price != null && !price.isEmpty()) {
                points.add(new double[] {days(change.getChangedAt()), Double.parseDouble(price)});
            }
        }
        if (!points.isEmpty() && days(now) > points.getLast()[0]) {
            points.add(new double[] {days(now), points.getLast()[1]});
        }
        var chart = new CostChart();
        chart.setId("price-chart");
        chart.setTitle("Output price over time");
        chart.setSpec(new ChartSpec(
                null,
                260,
                new ChartSpec.Axis("Date (UTC)", ChartSpec.Format.DATE, null, null),
                new ChartSpec.ValueAxis("Output $ per 1M tokens", ChartSpec.Format.DOLLARS, 0.0, null),
                List.of(new ChartSpec.Series(
                        "Output price", ChartSpec.SeriesType.STEP, "#1676f3", false, points.toArray(double[][]::new))),
                List.of()));
        return chart;
    }

    private static double days(Instant instant) {
        return Math.floor(instant.toEpochMilli() / 86_400_000.0);
    }
}
