package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Axis;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Marker;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.scenarios.PathsPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three paths over the scenario's horizon: the monthly and cumulative charts with the
 * hybrid policy, the sentences under them and their formulas for "How this is computed".
 * Shared by the studio and the board link.
 */
public final class PathsOverTime {

    static final String API = "API";
    static final String RENTED = "Rented (cheapest each month)";
    static final String OWNED = "Owned (purchases as paid)";
    static final String TO_RENTED = "Hybrid: API, then rented";
    static final String TO_OWNED = "Hybrid: API, then owned";

    private PathsOverTime() {}

    /** The hybrid whose cumulative cost at the horizon is lower, rented on a tie; empty without offers. */
    public static Optional<Target> betterHybrid(PathsGrowth g) {
        Optional<Target> rented = g.toRented().map(m -> new Target("rented", m));
        Optional<Target> owned = g.toOwned().map(m -> new Target("owned", m));
        if (rented.isEmpty() || owned.isEmpty()) {
            return rented.isPresent() ? rented : owned;
        }
        return last(owned.get().move().cumulative()) < last(rented.get().move().cumulative()) ? owned : rented;
    }

    /** A hybrid and the path it moves to: "rented" or "owned". */
    public record Target(String path, PathsGrowth.Move move) {}

    public static ChartSpec monthly(PathsGrowth g, int height) {
        List<Series> series = new ArrayList<>();
        series.add(line(API, "#1676f3", false, g.api()));
        addIfPriced(series, line(RENTED, "#e8590c", false, g.rented()));
        addIfPriced(series, line(OWNED, "#2b8a3e", false, g.owned()));
        betterHybrid(g)
                .ifPresent(t -> series.add(line(
                        t.path().equals("owned") ? TO_OWNED : TO_RENTED,
                        "#ae3ec9",
                        true,
                        t.move().monthly())));
        return chart(g, StudioText.DOLLARS_AXIS, series, List.of(), height);
    }

    public static ChartSpec cumulative(PathsGrowth g, int height) {
        List<Series> series = new ArrayList<>();
        series.add(line(API, "#1676f3", false, g.apiCumulative()));
        addIfPriced(series, line(RENTED, "#e8590c", false, g.rentedCumulative()));
        addIfPriced(series, line(OWNED, "#2b8a3e", false, g.ownedCumulative()));
        g.toRented().ifPresent(m -> series.add(line(TO_RENTED, "#f59f00", true, m.cumulative())));
        g.toOwned().ifPresent(m -> series.add(line(TO_OWNED, "#ae3ec9", true, m.cumulative())));
        List<Marker> markers = new ArrayList<>();
        betterHybrid(g).filter(t -> t.move().month() >= 0).ifPresent(t -> {
            markers.add(new Marker(t.move().month() + 1, "moves to " + t.path(), "#ae3ec9"));
            if (t.move().payback() >= 0) {
                markers.add(new Marker(
                        t.move().payback() + 1,
                        StudioText.PAYBACK + ": " + StudioText.month(t.move().payback()),
                        "#2b8a3e"));
            }
        });
        return chart(g, StudioText.CUMULATIVE_AXIS, series, markers, height);
    }

    /** What the charts say, in words: totals, when each path gets cheaper, the hybrid, the servers. */
    public static List<String> summary(PathsGrowth g, PathsPlan plan) {
        int n = g.months();
        List<String> out = new ArrayList<>();
        String totals = "Over " + n + " months: API " + Formats.dollars(last(g.apiCumulative()));
        if (!Double.isNaN(g.rented()[0])) {
            totals += ", rented " + Formats.dollars(last(g.rentedCumulative()));
        }
        if (g.ownedFleet() >= 0) {
            totals += ", owned " + Formats.dollars(last(g.ownedCumulative())) + " (servers still owned are worth "
                    + Formats.dollars(g.ownedBookValue()) + " on the books at the end, not counted)";
        }
        out.add(totals + ".");
        if (!Double.isNaN(g.rented()[0])) {
            out.add("Rented costs less than the API to date " + from(g.firstCumulativeBelowApi(g.rented())) + ".");
            out.add(rentedOptions(g, plan));
        }
        if (g.ownedFleet() >= 0) {
            out.add("Owned costs less than the API to date " + from(g.firstCumulativeBelowApi(g.owned())) + ".");
            out.add("Owned buys " + plan.fleets().get(g.ownedFleet()).name() + ": " + purchases(g) + ".");
        }
        betterHybrid(g).ifPresent(t -> out.add(hybrid(t, g)));
        return out;
    }

    /** "The hybrid moves to owned in Month 7 and is paid back in Month 15", or why it does not pay. */
    static String hybrid(Target t, PathsGrowth g) {
        PathsGrowth.Move m = t.move();
        if (m.month() < 0) {
            return "The hybrid stays on the API: its threshold is not held within the horizon.";
        }
        String moves = "The hybrid moves to " + t.path() + " in " + StudioText.month(m.month());
        if (m.payback() >= 0) {
            return moves + "; the move is paid back in " + StudioText.month(m.payback()) + ".";
        }
        double extra = last(m.cumulative()) - last(g.apiCumulative());
        return moves + ", but moving at the rule's threshold costs " + Formats.dollars(extra)
                + " more than staying on the API over the horizon.";
    }

    /** The formulas, for "How this is computed". */
    public static String formulas(PathsGrowth g) {
        return String.join(
                "\n",
                "Three paths over " + g.months() + " months, month m (from 1) at the volume x (1 + growth)^(m - 1):",
                "  API = the API path at the month's tokens",
                "  Rented = the cheapest rented option at the month's tokens (rent commits to nothing)",
                "  Owned = purchases and installation of servers first needed that month (and replacements"
                        + " at the end of their life, less their residual)",
                "          + maintenance, power and facility of the installed servers + their cost of capital"
                        + " + people and implementation / horizon",
                "          on the owned option cheapest over the whole horizon (servers once bought are kept)",
                "  Hybrid = API until the volume has held the rule's threshold for its months, then rented or"
                        + " owned, the migration paid in the month of the move in place of the path's"
                        + " implementation");
    }

    private static String from(int month) {
        return month < 0 ? "at no point within the horizon" : "from " + StudioText.month(month);
    }

    private static String rentedOptions(PathsGrowth g, PathsPlan plan) {
        List<String> runs = new ArrayList<>();
        int[] option = g.rentedOption();
        int start = 0;
        for (int m = 1; m <= option.length; m++) {
            if (m == option.length || option[m] != option[start]) {
                runs.add(plan.paths().rented().get(option[start]).name() + " (months " + (start + 1) + "-" + m + ")");
                start = m;
            }
        }
        return "Rented uses " + String.join(", then ", runs) + ".";
    }

    private static String purchases(PathsGrowth g) {
        List<String> bought = new ArrayList<>();
        long[] servers = g.ownedServers();
        for (int m = 0; m < servers.length; m++) {
            long added = servers[m] - (m == 0 ? 0 : servers[m - 1]);
            if (added > 0) {
                bought.add(added + " in " + StudioText.month(m));
            }
        }
        return bought.isEmpty()
                ? "no servers"
                : String.join(", ", bought) + " (" + servers[servers.length - 1] + " installed at the end)";
    }

    private static void addIfPriced(List<Series> series, Series s) {
        if (s.points().length > 0) {
            series.add(s);
        }
    }

    private static Series line(String name, String color, boolean dashed, double[] values) {
        List<double[]> points = new ArrayList<>();
        for (int m = 0; m < values.length; m++) {
            if (!Double.isNaN(values[m])) {
                points.add(new double[] {m + 1, values[m]});
            }
        }
        return new Series(name, SeriesType.LINE, color, dashed, points.toArray(double[][]::new));
    }

    private static ChartSpec chart(PathsGrowth g, String yAxis, List<Series> series, List<Marker> markers, int height) {
        return new ChartSpec(
                null,
                height,
                new Axis(StudioText.MONTH_AXIS, Format.MONTH, 1.0, (double) g.months()),
                new ValueAxis(yAxis, Format.DOLLARS, null, null),
                series,
                markers);
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
