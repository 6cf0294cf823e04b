package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.costs.Growth;
import app.breakeven.scenarios.Decisions;

/** Every sentence the scenario studio shows, in one place. */
public final class StudioText {

    static final String NAME = "Scenario name";
    static final String SAVE = "Save";
    static final String DUPLICATE = "Duplicate";
    static final String DELETE = "Delete";
    static final String UNSAVED = "Unsaved changes";
    static final String SAVED = "Saved";
    static final String NOT_SAVED_YET = "Not saved yet";
    static final String READ_ONLY = "Read only: try things here; duplicate it to keep your changes";
    static final String TRY_ONLY = "Try things here; only planners save scenarios";
    /** Read only to someone who cannot duplicate either (a viewer). */
    static final String READ_ONLY_VIEWER = "Read only: try things here; changes are not saved";

    static final String INPUT_SHARE = "Input tokens (% of all)";
    static final String INPUT_SHARE_HELP = "Priced at the input price where the catalogue has one";
    static final String DAYS = "Days billed a month";
    static final String GROWTH = "Growth per month (%)";
    static final String HORIZON = "Horizon (months)";
    static final String PEAK = "Peak-to-average factor";
    static final String ENGINEER_COST = "Engineer loaded cost ($/month)";
    static final String ENGINEER_SHARE = "Share of an engineer (%)";
    static final String ENGINEER_HELP =
            "Replaces the catalogue's DevOps time for this scenario; leave both empty to keep it";
    static final String MIGRATION = "One-off migration cost ($)";
    static final String HYBRID_THRESHOLD = "Move to self-hosting at (tokens/day)";
    static final String HYBRID_MONTHS = "…held for (months)";
    static final String CONDITIONS = "Other reasons to self-host";
    static final String COMPLIANCE = "Compliance forbids sending data to third parties";
    static final String RESEARCH = "Research needs changes to the model";
    static final String IDLE_GPUS = "Idle GPUs already on hand";
    static final String LATENCY = "Latency must be under 50 ms";
    static final String PLANNING = "Growth and policy";
    public static final String MONTHLY_CHART = "Monthly cost";
    public static final String CUMULATIVE_CHART = "Cumulative cost";
    static final String BREAKDOWN_CHART = "Self-host bill this month (mid)";
    static final String MONTH_AXIS = "Month";
    static final String DOLLARS_AXIS = "Dollars per month";
    static final String CUMULATIVE_AXIS = "Dollars to date";
    static final String SERIES_API = "API";
    static final String SERIES_SELF = "Self-host (mid, full cost)";
    static final String SERIES_SELF_RANGE = "Self-host low–high";
    static final String SERIES_HYBRID = "Hybrid: API, then self-host";
    static final String FIRST_CHEAPER = "Self-host cheaper from";
    static final String HYBRID_MOVES = "Hybrid moves in";
    /** After the move month when the move never pays back within the horizon. */
    static final String HYBRID_AT_A_LOSS = ", at a loss";

    static final String PAYBACK = "Migration paid back";
    static final String NOT_WITHIN = "Not within the horizon";
    static final String NEVER_MOVES = "Stays on the API";
    /** The payback card's note when the hybrid never moves: there is nothing to pay back. */
    static final String NO_MOVE = "the hybrid never moves within the horizon, so there is no migration to recover";

    static final String ROI = "ROI of self-hosting (this month, mid)";
    public static final String DECISION = "Recommendation";
    static final String CONFLICT_TITLE = "Someone else changed this scenario";
    static final String CONFLICT_DELETED = "Someone else deleted this scenario. Save yours as a new one, or leave it.";
    static final String RELOAD_THEIRS = "Load their version";
    static final String OVERWRITE = "Overwrite with mine";
    static final String SAVE_AS_NEW = "Save as new";
    static final String CANCEL = "Cancel";
    static final String LEAVE_TITLE = "Leave without saving?";
    static final String LEAVE_TEXT = "Your changes to this scenario are not saved.";
    static final String LEAVE = "Discard changes";
    static final String STAY = "Stay";
    static final String DELETE_TITLE = "Delete this scenario?";
    static final String NOT_FOUND = "There is no such scenario. Pick one from the list.";

    private StudioText() {}

    /** The payback card's note when the hybrid moves but the move never pays back. */
    static final String NO_PAYBACK = "the move costs more than staying on the API through the horizon";

    /** The move's rule as its card's note: "after 3 months at or above 500M tokens/day". */
    static String rule(int months, double threshold) {
        return "the rule: " + months + " months at or above " + Formats.tokens(threshold) + " tokens/day";
    }

    /** The hybrid's move: "Stays on the API", "Month 4", or "Month 4, at a loss" when the move never pays back. */
    static String hybridMove(Growth g) {
        if (g.hybridSwitchMonth() < 0) {
            return NEVER_MOVES;
        }
        return month(g.hybridSwitchMonth()) + (Decisions.hybridLoss(g) == null ? "" : HYBRID_AT_A_LOSS);
    }

    /** The payback card's figure: "No move" when the hybrid never moves, else the payback month. */
    static String payback(int moveMonth, int paybackMonth) {
        return moveMonth < 0 ? "No move" : month(paybackMonth);
    }

    static String month(int index) {
        return index < 0 ? NOT_WITHIN : "Month " + (index + 1);
    }

    static String conflict(String name, long version) {
        return "'" + name + "' was saved by someone else since you opened it (now version " + version
                + "). Their values are below. Load theirs, or overwrite them with yours.";
    }

    static String roi(app.breakeven.scenarios.Roi roi) {
        return "API bill " + Formats.dollars(roi.apiMonthly()) + " − self-host without engineering "
                + Formats.dollars(roi.selfHostWithoutEngineering()) + " = saved " + Formats.dollars(roi.saved())
                + "; engineering time " + Formats.dollars(roi.engineering()) + "; net "
                + Formats.dollars(roi.net()) + (roi.net() < 0 ? " a month: a loss." : " a month.");
    }
}
