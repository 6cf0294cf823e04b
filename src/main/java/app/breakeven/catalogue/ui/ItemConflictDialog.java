package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Someone else saved or deleted the item since the analyst opened it: their values beside
 * the analyst's, nothing saved until the analyst chooses.
 */
final class ItemConflictDialog extends Dialog {

    /**
     * @param label      a column's label, as the form shows it
     * @param yours      the analyst's value of a column
     * @param gone       the item was deleted: close the editor
     * @param loadTheirs put their values in the form
     * @param overwrite  save the analyst's values over theirs
     */
    ItemConflictDialog(
            CatalogueConflictException e,
            UnaryOperator<String> label,
            UnaryOperator<String> yours,
            Runnable gone,
            Runnable loadTheirs,
            Runnable overwrite) {
        setId("catalogue-conflict");
        setHeaderTitle("Someone else changed this item");
        if (e.current() == null) {
            add(new Paragraph("It was deleted since you opened it. Nothing was saved."));
            getFooter().add(new Button("Close", ev -> {
                close();
                gone.run();
            }));
            return;
        }
        var theirs = new Grid<Map.Entry<String, String>>();
        theirs.setId("conflict-fields");
        theirs.addColumn(entry -> label.apply(entry.getKey()))
                .setHeader("Field")
                .setAutoWidth(true);
        theirs.addColumn(Map.Entry::getValue).setHeader("Their value").setFlexGrow(1);
        theirs.addColumn(entry -> yours.apply(entry.getKey()))
                .setHeader("Yours")
                .setFlexGrow(1);
        // The fields that differ first and marked: those are what the choice is about.
        theirs.setItems(e.current().entrySet().stream()
                .sorted(java.util.Comparator.comparing(entry -> !differs(entry, yours)))
                .toList());
        theirs.setPartNameGenerator(entry -> differs(entry, yours) ? "differs" : null);
        theirs.setTooltipGenerator(entry -> differs(entry, yours) ? "Differs from yours" : null);
        theirs.setAllRowsVisible(true);
        add(
                new Paragraph("It was saved by someone else since you opened it (now version " + e.currentVersion()
                        + "). Nothing was saved. Load their version, or overwrite it with yours."),
                theirs);
        var reload = new Button("Load theirs", ev -> {
            close();
            loadTheirs.run();
        });
        reload.setId("conflict-reload");
        // Loading theirs loses nothing saved: the safe choice is the primary one.
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        var overwriteButton = new Button("Overwrite with mine", ev -> {
            close();
            overwrite.run();
        });
        overwriteButton.setId("conflict-overwrite");
        overwriteButton.addThemeVariants(ButtonVariant.ERROR);
        getFooter().add(overwriteButton, reload);
    }

    private static boolean differs(Map.Entry<String, String> theirs, UnaryOperator<String> yours) {
        String mine = yours.apply(theirs.getKey());
        return !java.util.Objects.equals(
                theirs.getValue() == null ? "" : theirs.getValue().strip(), mine == null ? "" : mine.strip());
    }
}
