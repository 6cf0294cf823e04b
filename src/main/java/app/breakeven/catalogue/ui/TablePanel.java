package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueConflictException;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.ImportPreview;
import app.breakeven.catalogue.InvalidItemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * One catalogue table: a searchable, sortable grid with stale prices flagged (scrolling when
 * long), ticked rows deleted together, CSV export and an all-or-nothing CSV import; a row
 * opens in an {@link ItemEditor}.
 */
class TablePanel<T extends CatalogueEntry> extends Div {

    private final CatalogueTable<T> table;
    private final Actions<T> actions;
    private final EditorExtras<T> extras;
    /** Whether the signed-in account may change the catalogue; others see the forms read-only. */
    private final boolean canEdit;

    final TextField search = new TextField();
    final Grid<T> grid = new Grid<>();
    final Button deleteSelected = new Button("Delete selected");
    final Button create = new Button("New");
    final Upload upload;
    private List<T> items = List.of();
    ItemEditor<T> dialog;

    /**
     * What the panel does with its table, as functions its view wires to the services.
     *
     * @param today the day stale figures are counted back from
     */
    record Actions<T extends CatalogueEntry>(
            LocalDate today,
            Supplier<List<T>> items,
            UnaryOperator<T> save,
            Consumer<T> delete,
            ToIntFunction<List<T>> deleteAll,
            Supplier<String> exportCsv,
            Function<byte[], ImportPreview<T>> previewCsv,
            ToIntFunction<byte[]> importCsv) {}

    /** What a table's editor adds: the effect preview of a change and its history chart. */
    interface EditorExtras<T> {

        /** Component showing what saving the edited copy would do, or null. */
        com.vaadin.flow.component.Component preview(T edited);

        /** Component showing the item's history, or null. */
        com.vaadin.flow.component.Component history(T item);
    }

    TablePanel(CatalogueTable<T> table, Actions<T> actions, EditorExtras<T> extras, boolean canEdit) {
        this.canEdit = canEdit;
        this.table = table;
        this.actions = actions;
        this.extras = extras;
        String prefix = table.kind().fileName();
        setId(prefix + "-panel");

        search.setId(prefix + "-search");
        search.setPlaceholder("Search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());

        grid.setId(prefix + "-grid");
        TableColumns.addTo(grid, table, actions.today());
        // A click that lands while the search refreshes the rows names a row that is gone: ignore it rather
        // than open an empty "New" form.
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                edit(e.getItem());
            }
        });

        create.setId(prefix + "-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> edit(null));

        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = actions.exportCsv().get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(csv), prefix + ".csv", "text/csv", csv.length);
                }),
                "Export CSV");
        export.setId(prefix + "-export");
        export.getElement().setAttribute("download", true);

        upload = new Upload(new LimitedUpload(this::previewUpload, this::refusedUpload));
        upload.setId(prefix + "-import");
        upload.setMaxFileSize(CatalogueEditing.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button("Import CSV…"));
        upload.setDropLabel(new Span("or drop a CSV here (5 MB at most)"));
        upload.addFileRejectedListener(e -> refusedUpload(e.getErrorMessage()));

        deleteSelected.setId(prefix + "-delete-selected");
        deleteSelected.addThemeVariants(ButtonVariant.ERROR);
        deleteSelected.setEnabled(false);
        deleteSelected.addClickListener(e -> confirmDeleteSelected());
        if (canEdit) {
            // Ticked rows can be deleted together; a click on a row still opens it.
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> {
                int count = e.getAllSelectedItems().size();
                deleteSelected.setEnabled(count > 0);
                deleteSelected.setText(count > 0 ? "Delete selected (" + count + ")" : "Delete selected");
            });
        }

        create.setVisible(canEdit);
        upload.setVisible(canEdit);
        deleteSelected.setVisible(canEdit);
        var bar = new Div(search, TableColumns.picker(grid, table), create, deleteSelected, export, upload);
        bar.addClassName("table-bar");
        add(bar, grid);
        refresh();
    }

    /** Deleting the ticked rows asks first, naming them; any in use stops the whole delete. */
    private void confirmDeleteSelected() {
        List<T> chosen = grid.getSelectedItems().stream().sorted(table.order()).toList();
        if (chosen.isEmpty()) {
            return;
        }
        List<String> names = chosen.stream().map(table::key).toList();
        String listed = String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
        String what = table.kind().label().toLowerCase(Locale.ROOT);
        var confirm = new ConfirmDialog(
                "Delete " + chosen.size() + " " + what + (chosen.size() == 1 ? "" : "s") + "?",
                listed + ". They leave the catalogue; the history keeps what they were. If saved scenarios"
                        + " use any of them, nothing is deleted.",
                "Delete",
                e -> deleteSelected(chosen));
        confirm.setId("confirm-delete-selected");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void deleteSelected(List<T> chosen) {
        try {
            int deleted = actions.deleteAll().applyAsInt(chosen);
            grid.deselectAll();
            refresh();
            Notification.show("Deleted " + deleted + " " + table.kind().label().toLowerCase(Locale.ROOT)
                    + (deleted == 1 ? "" : "s") + ".");
        } catch (InvalidItemException e) {
            refused("Nothing was deleted: "
                    + e.problems().stream().map(p -> p.message()).collect(java.util.stream.Collectors.joining("; ")));
        } catch (CatalogueConflictException e) {
            refused("Nothing was deleted: someone changed or deleted one of them since you opened the catalogue."
                    + " The table now shows what is saved.");
            refresh();
        }
    }

    void refresh() {
        items = actions.items().get();
        filter();
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<T> shown = text.isEmpty()
                ? items
                : items.stream()
                        .filter(item -> table.values(item).values().stream()
                                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(text)))
                        .toList();
        // A short table shows every row; a long one (LiteLLM's list: thousands) scrolls in a
        // grid of fixed height that fetches the rows in view as they come.
        boolean all = shown.size() <= ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(all);
        grid.setHeight(all ? null : LONG_TABLE_HEIGHT);
        grid.setItems(shown);
    }

    /** Tables up to this many rows show them all; longer ones scroll. */
    static final int ALL_ROWS_UP_TO = 50;

    private static final String LONG_TABLE_HEIGHT = "70vh";

    void refused(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    void edit(T item) {
        dialog = new ItemEditor<>(table, actions, extras, canEdit, this::refresh, this::refused, item);
        dialog.open();
    }

    /**
     * An uploaded file: its preview, titled with its name. The upload's file list is cleared
     * whatever came of it, so a refused file never shows the upload's green tick.
     */
    private void previewUpload(String fileName, byte[] content) {
        upload.clearFileList();
        previewCsv(fileName, content);
    }

    private void refusedUpload(String message) {
        upload.clearFileList();
        refused(message);
    }

    void previewCsv(byte[] content) {
        previewCsv(table.kind().fileName() + ".csv", content);
    }

    /** The import preview: every row and every problem; Apply only when there are none. */
    void previewCsv(String fileName, byte[] content) {
        ImportPreview<T> result;
        try {
            result = actions.previewCsv().apply(content);
        } catch (InvalidItemException e) {
            boolean notText = e.problems().stream().anyMatch(p -> p.message().equals("is not UTF-8 text"));
            refused(
                    notText
                            ? fileName + " is not UTF-8 text; save it as UTF-8 CSV and import it again."
                            : e.getMessage());
            return;
        }
        new CsvPreviewDialog<>(table.kind(), fileName, result, () -> {
                    try {
                        int changed = actions.importCsv().applyAsInt(content);
                        Notification.show(changed + " item(s) created or changed.");
                        refresh();
                        return true;
                    } catch (InvalidItemException ex) {
                        refused(ex.getMessage());
                        return false;
                    }
                })
                .open();
    }
}
