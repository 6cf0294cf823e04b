package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueConflictException;
import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CatalogueTable.Column;
import app.breakeven.catalogue.CatalogueTable.ColumnProblem;
import app.breakeven.catalogue.InvalidItemException;
import app.breakeven.catalogue.ItemInUseException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form for one catalogue item (or a new one), generated from its table's columns:
 * server-side validation shown beside each field, the effect preview of a change, conflict
 * handling, history and delete. Read-only for accounts that may not change the catalogue.
 */
final class ItemEditor<T extends CatalogueEntry> extends Dialog {

    private final CatalogueTable<T> table;
    private final TablePanel.Actions<T> actions;
    private final TablePanel.EditorExtras<T> extras;
    /** Called after a save or a delete, or when the user loads what someone else saved. */
    private final Runnable changed;

    private final Consumer<String> refused;

    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button history = new Button("History");
    final Div preview = new Div();
    private T original;

    ItemEditor(
            CatalogueTable<T> table,
            TablePanel.Actions<T> actions,
            TablePanel.EditorExtras<T> extras,
            boolean canEdit,
            Runnable changed,
            Consumer<String> refused,
            T item) {
        this.table = table;
        this.actions = actions;
        this.extras = extras;
        this.changed = changed;
        this.refused = refused;
        this.original = item;
        setId(table.kind().fileName() + "-editor");
        setHeaderTitle(
                item == null
                        ? "New " + table.kind().label().toLowerCase(Locale.ROOT)
                        : table.kind().label() + ": " + table.key(item));
        setWidth("52em");
        var form = new Div();
        form.addClassName("item-form");
        Map<String, String> values = item == null ? Map.of() : table.values(item);
        for (Column<T> column : table.columns()) {
            var field = new TextField(column.label());
            field.setId("field-" + column.name());
            field.setPlaceholder(column.blank());
            field.setValue(values.getOrDefault(column.name(), ""));
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addValueChangeListener(e -> showPreview());
            fields.put(column.name(), field);
            form.add(field);
        }
        if (item == null) {
            fields.get("as_of").setValue(actions.today().toString());
        }
        preview.setId("effect-preview");
        add(form, preview);
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("editor-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setEnabled(item != null);
        delete.addClickListener(e -> confirmDelete());
        history.setId("editor-history");
        history.setEnabled(item != null);
        history.addClickListener(e -> showHistory());
        getFooter().add(delete, history, new Button(canEdit ? "Cancel" : "Close", e -> close()), save);
        if (!canEdit) {
            fields.values().forEach(f -> f.setReadOnly(true));
            save.setVisible(false);
            delete.setVisible(false);
        }
    }

    /** The form's values in a copy of the item; parse problems shown beside their fields. */
    T read() {
        clearErrors();
        T copy = original == null ? table.newItem() : table.copyOf(original);
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue()));
        try {
            table.apply(copy, values);
        } catch (ColumnProblem e) {
            error(e.column(), e.getMessage());
            return null;
        }
        return copy;
    }

    private void showPreview() {
        preview.removeAll();
        T edited = read();
        if (edited != null && original != null) {
            var component = extras.preview(edited);
            if (component != null) {
                preview.add(component);
            }
        }
    }

    void save() {
        T edited = read();
        if (edited == null) {
            return;
        }
        try {
            T saved = actions.save().apply(edited);
            original = saved;
            close();
            changed.run();
            Notification.show("Saved " + table.key(saved) + ".");
        } catch (InvalidItemException e) {
            e.problems().forEach(p -> error(p.column(), p.message()));
        } catch (CatalogueConflictException e) {
            conflict(e);
        }
    }

    private void conflict(CatalogueConflictException e) {
        new ItemConflictDialog(
                        e,
                        table::label,
                        name -> fields.get(name).getValue(),
                        () -> {
                            close();
                            changed.run();
                        },
                        () -> {
                            e.current()
                                    .forEach((name, value) -> fields.get(name).setValue(value));
                            original = table.item(e.current(), original.getId(), e.currentVersion());
                        },
                        () -> {
                            original = table.item(e.current(), original.getId(), e.currentVersion());
                            save();
                        })
                .open();
    }

    /** Deleting asks first, naming the item. */
    private void confirmDelete() {
        var confirm = new ConfirmDialog(
                "Delete '" + table.key(original) + "'?",
                "It leaves the catalogue; its history keeps what it was. Saved scenarios that use it"
                        + " stop the delete.",
                "Delete",
                e -> delete());
        confirm.setId("confirm-delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void delete() {
        try {
            actions.delete().accept(original);
            close();
            changed.run();
            Notification.show("Deleted " + table.key(original) + ".");
        } catch (ItemInUseException | InvalidItemException e) {
            refused.accept(e.getMessage());
        } catch (CatalogueConflictException e) {
            conflict(e);
        }
    }

    private void showHistory() {
        var component = extras.history(original);
        if (component == null) {
            return;
        }
        var view = new Dialog(component);
        view.setId("history-dialog");
        view.setHeaderTitle("History: " + table.key(original));
        view.setWidth("60em");
        view.getFooter().add(new Button("Close", e -> view.close()));
        view.open();
    }

    private void error(String column, String message) {
        TextField field = fields.getOrDefault(column, fields.values().iterator().next());
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
