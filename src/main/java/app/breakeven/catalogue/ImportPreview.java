package app.breakeven.catalogue;

import java.util.List;

/**
 * What an import would do, row by row, and everything wrong with the file. An import
 * with any problem applies nothing.
 */
public record ImportPreview<T extends CatalogueEntry>(List<Row<T>> rows, List<ItemProblem> problems) {

    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /** One data row: its line, the item it names, and what importing it would do. */
    public record Row<T>(int line, String key, Action action, T item) {}

    public boolean canApply() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
