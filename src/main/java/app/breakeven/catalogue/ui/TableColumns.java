package app.breakeven.catalogue.ui;

import app.breakeven.base.Formats;
import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CatalogueTable.Column;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A catalogue table's grid columns: the first (the name), then whether its figures are stale,
 * then one per table column: money as money ("$0.20"), choices as words ("Per month"), empty
 * facts as "unknown". The CSV export keeps the raw values.
 */
final class TableColumns {

    private TableColumns() {}

    static <T extends CatalogueEntry> void addTo(Grid<T> grid, CatalogueTable<T> table, LocalDate today) {
        boolean first = true;
        for (Column<T> column : table.columns()) {
            var gridColumn = grid.addColumn(item -> shown(table, item, column))
                    .setHeader(column.label())
                    .setKey(column.name())
                    .setSortable(true)
                    .setResizable(true)
                    .setAutoWidth(true);
            if (first) {
                gridColumn.setFrozen(true);
                first = false;
                stale(grid, today);
            }
        }
    }

    /** Columns among the first few that stay in the picker at first: rarely set, or read off another. */
    private static final java.util.Set<String> DETAILS =
            java.util.Set.of("cached_input_per_million", "batch_discount", "context_window", "gpu_memory_gb");

    /** How many of a table's columns show at first (the as-of date too); the picker shows the rest. */
    static final int SHOWN_AT_FIRST = 8;

    /**
     * A "Columns" menu to show or hide each column, starting from the first few and the as-of
     * date: the grid stays readable, every figure stays one click away.
     */
    static <T extends CatalogueEntry> MenuBar picker(Grid<T> grid, CatalogueTable<T> table) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var columns = menu.addItem("Columns");
        columns.setId(table.kind().fileName() + "-columns");
        var list = table.columns();
        for (int i = 0; i < list.size(); i++) {
            Column<T> column = list.get(i);
            var gridColumn = grid.getColumnByKey(column.name());
            boolean shown = i == 0
                    || (i < SHOWN_AT_FIRST && !DETAILS.contains(column.name()))
                    || column.name().equals("as_of");
            gridColumn.setVisible(shown);
            if (i == 0) {
                continue;
            }
            var item = columns.getSubMenu().addItem(column.label());
            item.setCheckable(true);
            item.setChecked(shown);
            // Clicking a checkable item toggles it first; the column follows its mark.
            item.addClickListener(e -> gridColumn.setVisible(item.isChecked()));
        }
        return menu;
    }

    /** The Stale flag, beside the name where it is seen. */
    private static <T extends CatalogueEntry> void stale(Grid<T> grid, LocalDate today) {
        grid.addComponentColumn(item -> {
                    boolean stale = item.isStaleOn(today);
                    var badge = new Span(stale ? "Stale" : "Current");
                    badge.addClassName(stale ? "stale" : "fresh");
                    return badge;
                })
                .setHeader("Figures")
                .setKey("stale")
                .setAutoWidth(true)
                .setComparator((a, b) -> Boolean.compare(a.isStaleOn(today), b.isStaleOn(today)));
    }

    /** One cell, read once from the item (not the whole row's text for each cell). */
    static <T extends CatalogueEntry> String shown(CatalogueTable<T> table, T item, Column<T> column) {
        Object raw = column.getter().apply(item);
        if (raw instanceof Enum<?> choice) {
            return words(choice.name());
        }
        if (raw instanceof Number number && column.label().contains("$")) {
            return Formats.price(number.doubleValue());
        }
        if (raw instanceof Number share && column.label().contains("(share")) {
            return Formats.percent(share.doubleValue());
        }
        String text = table.text(item, column);
        return text.isEmpty() ? column.blank() : text;
    }

    /** "PER_MONTH" to "Per month". */
    static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
