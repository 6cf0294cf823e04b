package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Axis;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.Tornado;
import java.util.ArrayList;
import java.util.List;

/**
 * The uncertainty panel's charts and sentences: the fan of what self-hosting has saved by each
 * month, the chance it is cheaper month by month, the histograms of the break-even volume and
 * month, and the tornado. Shared by the studio and the board link.
 */
public final class UncertaintyCharts {

    static final int TORNADO_BARS = 10;

    private UncertaintyCharts() {}

    /** "Self-hosting wins the 24-month horizon in 73% of 10,000 draws". */
    public static String confidence(Simulation s, int horizonMonths) {
        return "Self-hosting wins the " + horizonMonths + "-month horizon in "
                + Formats.percent(s.probabilitySelfHostWins()) + " of "
                + String.format(java.util.Locale.ROOT, "%,d", s.draws()) + " draws";
    }

    public static String confidenceNote(Simulation s, boolean paths) {
        return (paths
                        ? "Self-hosting is the cheaper of rented and owned over the horizon in each draw, on the options"
                                + " the figures above chose. "
                        : "")
                + "It costs less than the API at today's volume in " + Formats.percent(s.probabilityCheaperNow())
                + " of draws. Seed " + s.seed() + ": the same seed gives the same figures.";
    }

    /** Rows of figure, P10, P50, P90. */
    public static List<List<String>> percentiles(Simulation s, boolean paths) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("API a month now", s.apiNow()));
        rows.add(row("Self-host a month now", s.selfHostNow()));
        rows.add(row("Saving a month now", s.savingNow()));
        rows.add(row("Saving over the horizon (migration paid)", s.horizonSaving()));
        if (!paths) {
            Simulation.Percentiles v = s.breakEvenVolume();
            rows.add(List.of("Break-even volume (tokens/day)", volume(v.p10()), volume(v.p50()), volume(v.p90())));
        }
        Simulation.Percentiles m = s.breakEvenMonth();
        rows.add(List.of("Self-host cheaper from", month(m.p10()), month(m.p50()), month(m.p90())));
        return rows;
    }

    private static List<String> row(String name, Simulation.Percentiles p) {
        return List.of(name, Formats.dollars(p.p10()), Formats.dollars(p.p50()), Formats.dollars(p.p90()));
    }

    private static String volume(double v) {
        return Double.isInfinite(v) ? "not reached" : Formats.tokens(v);
    }

    private static String month(double m) {
        return Double.isInfinite(m) ? "not within the horizon" : "Month " + ((int) m + 1);
    }

    public static ChartSpec fan(Simulation s, int height) {
        int n = s.savedToDate().size();
        double[][] band = new double[n][];
        double[][] median = new double[n][];
        for (int m = 0; m < n; m++) {
            Simulation.Percentiles p = s.savedToDate().get(m);
            band[m] = new double[] {m + 1, p.p10(), p.p90()};
            median[m] = new double[] {m + 1, p.p50()};
        }
        return new ChartSpec(
                null,
                height,
                new Axis(StudioText.MONTH_AXIS, Format.MONTH, 1.0, (double) n),
                new ValueAxis("Saved by self-hosting, to date", Format.DOLLARS, null, null),
                List.of(
                        new Series("P10 to P90", SeriesType.RANGE, "#2b8a3e", false, band),
                        new Series("P50", SeriesType.LINE, "#2b8a3e", false, median)),
                List.of());
    }

    public static ChartSpec probability(Simulation s, int height) {
        double[] p = s.probabilityCheaperByMonth();
        double[][] points = new double[p.length][];
        for (int m = 0; m < p.length; m++) {
            points[m] = new double[] {m + 1, p[m] * 100};
        }
        return new ChartSpec(
                null,
                height,
                new Axis(StudioText.MONTH_AXIS, Format.MONTH, 1.0, (double) p.length),
                new ValueAxis("% of draws self-host is cheaper", Format.PLAIN, 0.0, 100.0),
                List.of(new Series("Self-host cheaper that month", SeriesType.LINE, "#1676f3", false, points)),
                List.of());
    }

    public static ChartSpec volumes(Simulation s, int height) {
        Simulation.Histogram h = s.breakEvenVolumes();
        List<String> categories = new ArrayList<>();
        for (int b = 0; b < h.counts().length; b++) {
            categories.add(Formats.tokens(h.edges()[b]) + "+");
        }
        return histogram(h, categories, "not reached", "Draws", height);
    }

    public static ChartSpec months(Simulation s, int height) {
        Simulation.Histogram h = s.breakEvenMonths();
        List<String> categories = new ArrayList<>();
        for (int b = 0; b < h.counts().length; b++) {
            categories.add(String.valueOf(b + 1));
        }
        return histogram(h, categories, "never", "Draws", height);
    }

    private static ChartSpec histogram(
            Simulation.Histogram h, List<String> categories, String beyond, String axis, int height) {
        List<String> all = new ArrayList<>(categories);
        double[][] points = new double[categories.size() + 1][];
        for (int b = 0; b < categories.size(); b++) {
            points[b] = new double[] {b, h.counts()[b]};
        }
        all.add(beyond);
        points[categories.size()] = new double[] {categories.size(), h.beyond()};
        return ChartSpec.categorical(
                null,
                height,
                all,
                new ValueAxis(axis, Format.PLAIN, 0.0, null),
                List.of(new Series("Draws", SeriesType.BAR, "#ae3ec9", false, points)),
                false,
                false);
    }

    /** Each input's swing of the horizon saving against its likely value, the largest first. */
    public static ChartSpec tornado(Tornado t, int height) {
        List<Tornado.Bar> bars =
                t.bySaving().subList(0, Math.min(TORNADO_BARS, t.bySaving().size()));
        List<String> categories = new ArrayList<>();
        double[][] low = new double[bars.size()][];
        double[][] high = new double[bars.size()][];
        double base = t.base().horizonSaving();
        for (int i = 0; i < bars.size(); i++) {
            Tornado.Bar bar = bars.get(i);
            categories.add(bar.factor().label());
            low[i] = new double[] {i, bar.atLow().horizonSaving() - base};
            high[i] = new double[] {i, bar.atHigh().horizonSaving() - base};
        }
        return ChartSpec.categorical(
                null,
                Math.max(height, 60 + 34 * bars.size()),
                categories,
                new ValueAxis("Change in the horizon saving", Format.DOLLARS, null, null),
                List.of(
                        new Series("Input at its low", SeriesType.BAR, "#e8590c", false, low),
                        new Series("Input at its high", SeriesType.BAR, "#1676f3", false, high)),
                false,
                true);
    }

    /**
     * Each input's swing of the break-even volume (tokens a day) against its likely value, the
     * widest first; inputs with an end where it is never reached are left to the sentence below
     * the chart. Null when the likely break-even itself is not reached.
     */
    public static ChartSpec tornadoBreakEven(Tornado t, int height) {
        double base = t.base().breakEvenVolume();
        if (!Double.isFinite(base)) {
            return null;
        }
        List<Tornado.Bar> bars = t.byBreakEven().stream()
                .filter(b -> Double.isFinite(b.atLow().breakEvenVolume())
                        && Double.isFinite(b.atHigh().breakEvenVolume())
                        && b.breakEvenSwing() > 0)
                .limit(TORNADO_BARS)
                .toList();
        List<String> categories = new ArrayList<>();
        double[][] low = new double[bars.size()][];
        double[][] high = new double[bars.size()][];
        for (int i = 0; i < bars.size(); i++) {
            Tornado.Bar bar = bars.get(i);
            categories.add(bar.factor().label());
            low[i] = new double[] {i, bar.atLow().breakEvenVolume() - base};
            high[i] = new double[] {i, bar.atHigh().breakEvenVolume() - base};
        }
        return ChartSpec.categorical(
                null,
                Math.max(height, 60 + 34 * bars.size()),
                categories,
                new ValueAxis("Change in the break-even volume (tokens/day)", Format.TOKENS, null, null),
                List.of(
                        new Series("Input at its low", SeriesType.BAR, "#e8590c", false, low),
                        new Series("Input at its high", SeriesType.BAR, "#1676f3", false, high)),
                false,
                true);
    }

    /**
     * In words, the ends the chart cannot draw: with a break-even at the likely values, the inputs
     * at one end of which it is never reached; without one, the inputs at one end of which it is.
     */
    public static String breakEvenEnds(Tornado t) {
        boolean reached = Double.isFinite(t.base().breakEvenVolume());
        List<String> ends = new ArrayList<>();
        for (Tornado.Bar bar : t.byBreakEven()) {
            if (Double.isFinite(bar.atLow().breakEvenVolume()) != reached) {
                ends.add(bar.factor().label() + " at "
                        + RangeFields.shown(
                                bar.factor().role(), bar.factor().range().low()));
            }
            if (Double.isFinite(bar.atHigh().breakEvenVolume()) != reached) {
                ends.add(bar.factor().label() + " at "
                        + RangeFields.shown(
                                bar.factor().role(), bar.factor().range().high()));
            }
        }
        if (reached) {
            return ends.isEmpty() ? "" : "Self-hosting never breaks even with " + String.join("; ", ends) + ".";
        }
        return "At the likely values self-hosting never breaks even up to 100B tokens a day"
                + (ends.isEmpty()
                        ? ", and no single input at its low or high changes that."
                        : "; it would with " + String.join("; ", ends) + ".");
    }

    /** "Self-hosting wins if API price, blended ($ per 1M tokens) is above $8.18", for the top inputs. */
    public static List<String> flips(Tornado t) {
        List<String> out = new ArrayList<>();
        for (Tornado.Bar bar : t.bySaving()) {
            bar.flip()
                    .ifPresent(f -> out.add("Self-hosting wins if "
                            + bar.factor().label() + " is "
                            + (f.selfHostWinsAbove() ? "above " : "below ")
                            + RangeFields.shown(bar.factor().role(), f.value())
                            + " (likely "
                            + RangeFields.shown(
                                    bar.factor().role(), bar.factor().range().likely()) + ")"));
        }
        if (out.isEmpty() && !t.bySaving().isEmpty()) {
            out.add("No single input flips the decision within its limits.");
        }
        return out;
    }
}
