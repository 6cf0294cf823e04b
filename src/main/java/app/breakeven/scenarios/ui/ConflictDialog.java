package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.StudioText.*;

import app.breakeven.base.Formats;
import app.breakeven.scenarios.ScenarioDetails;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/**
 * Someone else saved or deleted the scenario since it was opened: the planner chooses what
 * happens to their own changes, never losing either side silently.
 */
final class ConflictDialog {

    private ConflictDialog() {}

    /**
     * @param theirs    the stored version, or null when it was deleted
     * @param loadTheirs shows their version instead of ours
     * @param saveOurs  saves ours over the given version (0 and no id: as a new scenario)
     */
    static void open(ScenarioDetails theirs, Consumer<ScenarioDetails> loadTheirs, Consumer<ScenarioDetails> saveOurs) {
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(CONFLICT_TITLE);
        if (theirs == null) {
            dialog.setText(CONFLICT_DELETED);
            dialog.setConfirmText(SAVE_AS_NEW);
            dialog.addConfirmListener(event -> saveOurs.accept(null));
        } else {
            dialog.setText(conflict(theirs.name(), theirs.version()) + " " + summary(theirs));
            dialog.setCancelable(true);
            dialog.setCancelText(CANCEL);
            dialog.setRejectable(true);
            dialog.setRejectText(RELOAD_THEIRS);
            dialog.addRejectListener(event -> loadTheirs.accept(theirs));
            dialog.setConfirmText(OVERWRITE);
            dialog.addConfirmListener(event -> saveOurs.accept(theirs));
        }
        dialog.open();
    }

    private static String summary(ScenarioDetails d) {
        return "Theirs: " + Formats.tokens(d.inputs().tokensPerDay()) + " tokens/day on "
                + d.inputs().model()
                + ", " + d.inputs().tier() + " "
                + DashboardText.deployment(d.inputs().deployment()).toLowerCase()
                + ", growth " + Formats.percent(d.growth().perMonth()) + " a month over "
                + d.growth().horizonMonths() + " months.";
    }
}
