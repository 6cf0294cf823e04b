package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CatalogueTable.Column;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** A catalogue table's grid columns: one per table column (empty facts read "unknown"), then its age. */
final class TableColumns {

    private TableColumns() {}

    static <T extends CatalogueEntry> void addTo(Grid<T> grid, CatalogueTable<T> table, LocalDate today) {
        boolean first = true;
        for (Column<T> column : table.columns()) {
            var gridColumn = grid.addColumn(item -> shown(table.values(item).get(column.name()), column))
                    .setHeader(column.label())
                    .setKey(column.name())
                    .setSortable(true)
                    .setResizable(true)
                    .setAutoWidth(true);
            if (first) {
                gridColumn.setFrozen(true);
                first = false;
            }
        }
        grid.addComponentColumn(item -> {
                    boolean stale = item.isStaleOn(today);
                    var badge = new Span(stale ? "Stale" : "");
                    badge.addClassName(stale ? "stale" : "fresh");
                    return badge;
                })
                .setHeader("Figure age")
                .setKey("stale")
                .setAutoWidth(true)
                .setComparator((a, b) -> Boolean.compare(a.isStaleOn(today), b.isStaleOn(today)));
    }

    private static String shown(String value, Column<?> column) {
        return value.isEmpty() ? column.blank() : value;
    }
}
