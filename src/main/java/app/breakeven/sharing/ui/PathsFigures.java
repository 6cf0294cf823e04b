package app.breakeven.sharing.ui;

import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.PathCost;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.scenarios.PathsPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three paths as spreadsheet rows, for the board's "Figures as CSV": each path's total
 * and its lines (monthly, formula, source, as-of), then where each pair of paths crosses.
 * The caller writes the rows through {@link app.breakeven.base.Csv}, which guards names.
 */
final class PathsFigures {

    static final String NO_OFFER = "no eligible offer";

    private PathsFigures() {}

    /** The rows, each section after a blank row; none when the scenario has no paths. */
    static List<List<String>> rows(PathsPlan plan) {
        List<List<String>> rows = new ArrayList<>();
        if (plan == null) {
            return rows;
        }
        rows.add(List.of());
        rows.add(List.of("path", "line", "monthly", "formula", "source", "as_of"));
        path(rows, plan.api().option(), plan.api());
        chosen(rows, "Rented", plan.rented());
        chosen(rows, "Owned", plan.owned());
        rows.add(List.of());
        rows.add(List.of("pair", "status", "tokens_per_month", "tokens_per_day"));
        int days = plan.inputs().daysPerMonth();
        for (PathsPlan.PathCrossing c : plan.crossovers()) {
            String pair = c.a() + " = " + c.b();
            Crossover x = c.crossover();
            if (x == null) {
                rows.add(List.of(pair, "not priced", "", ""));
                continue;
            }
            String status = x.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            rows.add(x.first()
                    .map(f -> List.of(pair, status, whole(f.tokens()), whole(f.tokens() / days)))
                    .orElse(List.of(pair, status, "", "")));
        }
        return rows;
    }

    /**
     * The three paths month by month: each path's cost and cost to date, the rented option in
     * use, the owned servers installed and the hybrid to rented and to owned; none without paths.
     */
    static List<List<String>> months(PathsPlan plan, PathsGrowth g) {
        List<List<String>> rows = new ArrayList<>();
        if (plan == null || g == null) {
            return rows;
        }
        rows.add(List.of());
        rows.add(List.of(
                "month",
                "tokens_per_day",
                "api",
                "rented",
                "rented_option",
                "owned",
                "owned_servers",
                "hybrid_to_rented",
                "hybrid_to_owned",
                "api_cumulative",
                "rented_cumulative",
                "owned_cumulative"));
        double[] toRented = g.toRented().map(PathsGrowth.Move::monthly).orElse(null);
        double[] toOwned = g.toOwned().map(PathsGrowth.Move::monthly).orElse(null);
        double[] apiToDate = g.apiCumulative();
        double[] rentedToDate = g.rentedCumulative();
        double[] ownedToDate = g.ownedCumulative();
        for (int m = 0; m < g.months(); m++) {
            int option = g.rentedOption()[m];
            rows.add(List.of(
                    String.valueOf(m + 1),
                    whole(g.tokensPerDay()[m]),
                    cents(g.api()[m]),
                    priced(g.rented()[m]),
                    option < 0 ? NO_OFFER : plan.paths().rented().get(option).name(),
                    priced(g.owned()[m]),
                    g.ownedFleet() < 0 ? "" : String.valueOf(g.ownedServers()[m]),
                    toRented == null ? "" : cents(toRented[m]),
                    toOwned == null ? "" : cents(toOwned[m]),
                    cents(apiToDate[m]),
                    priced(rentedToDate[m]),
                    priced(ownedToDate[m])));
        }
        return rows;
    }

    private static String priced(double value) {
        return Double.isNaN(value) ? NO_OFFER : cents(value);
    }

    private static void chosen(List<List<String>> rows, String path, Optional<PathsPlan.Chosen> chosen) {
        chosen.ifPresentOrElse(
                c -> path(rows, c.option(), c.cost()), () -> rows.add(List.of(path, NO_OFFER, "", "", "", "")));
    }

    /** The path's total with its option (the catalogue offer and the replica), then its lines. */
    private static void path(List<List<String>> rows, String option, PathCost cost) {
        String path = cost.path().label();
        rows.add(List.of(path, "total", cents(cost.monthly()), option, "", ""));
        for (CostLine line : cost.lines()) {
            rows.add(List.of(
                    path,
                    line.name(),
                    cents(line.monthly()),
                    line.formula(),
                    line.source() == null ? "not stated" : line.source(),
                    line.asOf() == null ? "" : line.asOf().toString()));
        }
    }

    static String cents(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }
}
