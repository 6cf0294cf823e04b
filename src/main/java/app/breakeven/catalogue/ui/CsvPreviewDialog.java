package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.ImportPreview;
import app.breakeven.catalogue.ItemProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** What a CSV import would do: every row and every problem; Apply only when there are none. */
final class CsvPreviewDialog<T extends CatalogueEntry> extends Dialog {

    /**
     * @param apply imports the file, answering whether it did (the dialog then closes)
     */
    CsvPreviewDialog(CatalogueKind kind, String fileName, ImportPreview<T> result, BooleanSupplier apply) {
        setId(kind.fileName() + "-import-preview");
        setHeaderTitle("Import " + fileName);
        setWidth("60em");
        if (!result.problems().isEmpty()) {
            var problems = new Grid<ItemProblem>();
            problems.setId("import-problems");
            problems.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line()))
                    .setHeader("Line")
                    .setAutoWidth(true);
            problems.addColumn(ItemProblem::column).setHeader("Column").setAutoWidth(true);
            problems.addColumn(ItemProblem::message).setHeader("Problem").setFlexGrow(1);
            // Long messages wrap rather than being cut.
            problems.addThemeVariants(
                    com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                    com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
            problems.setItems(result.problems());
            problems.setAllRowsVisible(true);
            add(
                    new Paragraph(result.problems().size()
                            + " problem(s): nothing will be imported until the file is fixed."),
                    problems);
        }
        var rows = new Grid<ImportPreview.Row<T>>();
        rows.addColumn(ImportPreview.Row::line).setHeader("Line").setAutoWidth(true);
        rows.addColumn(ImportPreview.Row::key).setHeader("Item").setFlexGrow(1);
        rows.addColumn(r -> r.action().name().toLowerCase(Locale.ROOT))
                .setHeader("Effect")
                .setAutoWidth(true);
        rows.setItems(result.rows());
        rows.setAllRowsVisible(true);
        add(rows);
        var applyButton = new Button("Apply all " + result.rows().size() + " rows", e -> {
            if (apply.getAsBoolean()) {
                close();
            }
        });
        applyButton.setId("import-apply");
        applyButton.addThemeVariants(ButtonVariant.PRIMARY);
        applyButton.setEnabled(result.canApply());
        getFooter().add(new Button("Cancel", e -> close()), applyButton);
    }
}
