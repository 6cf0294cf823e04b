package app.breakeven.catalogue;

import app.breakeven.base.Csv;
import app.breakeven.catalogue.CatalogueTable.ColumnProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A catalogue table as CSV: export for everyone, and for analysts an import that previews
 * every row and every problem (line, column, message) and then applies all rows or none.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CsvImport {

    private final CatalogueEditing editing;
    private final CatalogueItems items;

    CsvImport(CatalogueEditing editing, CatalogueItems items) {
        this.editing = editing;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public <T extends CatalogueEntry> String exportCsv(CatalogueKind kind) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.headers());
        for (T item : editing.<T>items(kind)) {
            rows.add(List.copyOf(table.values(item).values()));
        }
        return Csv.write(rows);
    }

    /** What importing the CSV would do, and every problem with it (line, column, message). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> ImportPreview<T> previewCsv(CatalogueKind kind, byte[] content) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<ItemProblem> problems = new ArrayList<>();
        List<ImportPreview.Row<T>> rows = new ArrayList<>();
        List<Csv.Row> parsed;
        try {
            parsed = Csv.parse(CatalogueItems.text(content));
        } catch (IllegalArgumentException e) {
            return new ImportPreview<>(List.of(), List.of(new ItemProblem(0, "file", e.getMessage())));
        }
        if (parsed.isEmpty()) {
            return new ImportPreview<>(List.of(), List.of(new ItemProblem(0, "file", "is empty")));
        }
        List<String> header =
                parsed.getFirst().cells().stream().map(String::strip).toList();
        String keyColumn = table.headers().getFirst();
        for (String column : header) {
            if (!table.headers().contains(column)) {
                problems.add(new ItemProblem(
                        1,
                        column,
                        "is not a column of " + kind.fileName() + "; expected " + String.join(", ", table.headers())));
            }
        }
        if (!header.contains(keyColumn)) {
            problems.add(new ItemProblem(1, keyColumn, "is missing: every row needs it"));
        }
        if (new HashSet<>(header).size() != header.size()) {
            problems.add(new ItemProblem(1, "header", "names a column twice"));
        }
        if (!problems.isEmpty()) {
            return new ImportPreview<>(List.of(), problems);
        }
        Set<String> seen = new HashSet<>();
        CatalogueItems.Known<T> known = items.known(kind);
        for (Csv.Row row : parsed.subList(1, parsed.size())) {
            if (row.cells().size() != header.size()) {
                problems.add(new ItemProblem(
                        row.line(), "row", "has " + row.cells().size() + " values; the header has " + header.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), Csv.unguard(row.cells().get(i)));
            }
            String key = values.get(keyColumn).strip();
            if (!key.isEmpty() && !seen.add(key.toLowerCase())) {
                problems.add(new ItemProblem(row.line(), keyColumn, "'" + key + "' appears twice in the file"));
                continue;
            }
            Optional<T> existing = Optional.ofNullable(known.byKey().get(key));
            T item = existing.map(table::copyOf).orElseGet(table::newItem);
            Map<String, String> before = existing.map(table::values).orElse(null);
            // Every problem of the row at once: a bad date and a low above its high together.
            List<ColumnProblem> unread = table.applyAll(item, values);
            Set<String> unreadColumns = new HashSet<>();
            for (ColumnProblem e : unread) {
                problems.add(new ItemProblem(row.line(), e.column(), e.getMessage()));
                unreadColumns.add(e.column());
            }
            List<ItemProblem> rowProblems = items.problems(table, item, row.line(), known).stream()
                    .filter(p -> !unreadColumns.contains(p.column()))
                    .toList();
            problems.addAll(rowProblems);
            if (!unread.isEmpty()) {
                continue;
            }
            ImportPreview.Action action = existing.isEmpty()
                    ? ImportPreview.Action.CREATE
                    : table.values(item).equals(before) ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
            rows.add(new ImportPreview.Row<>(row.line(), key, action, item));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ItemProblem(0, "file", "has a header but no rows"));
        }
        return new ImportPreview<>(rows, problems);
    }

    /**
     * Imports a CSV: every row or none.
     *
     * @return how many items were created or changed
     * @throws InvalidItemException with every problem (line, column, message); nothing is written
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> int importCsv(CatalogueKind kind, byte[] content) {
        ImportPreview<T> preview = previewCsv(kind, content);
        if (!preview.problems().isEmpty()) {
            throw new InvalidItemException(preview.problems());
        }
        List<T> changing = preview.rows().stream()
                .filter(row -> row.action() != ImportPreview.Action.UNCHANGED)
                .map(ImportPreview.Row::item)
                .toList();
        return changing.isEmpty() ? 0 : editing.saveAll(kind, changing).total();
    }
}
