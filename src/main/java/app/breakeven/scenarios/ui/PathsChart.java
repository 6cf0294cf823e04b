package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Axis;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Marker;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.PathSweep;
import app.breakeven.scenarios.PathsPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * "Three paths by volume": the API, the cheapest rented and the cheapest owned option a month
 * over tokens a month (log-log), from 1M to 1T. The self-host lines follow the cheapest option
 * at each volume; where that option changes, and where two paths cross, a marker names it.
 */
final class PathsChart {

    static final double FROM = 1e6;
    static final double TO = Crossover.MAX_TOKENS_PER_MONTH;
    static final int POINTS = 200;
    static final String X = "Tokens a month";
    static final String Y = "Dollars a month";

    private PathsChart() {}

    static ChartSpec of(PathsPlan plan, int height) {
        PathSweep sweep = plan.paths().sweep(FROM, TO, POINTS);
        double[] range = {Double.POSITIVE_INFINITY, 0};
        List<Series> series = new ArrayList<>();
        series.add(line("API", "#1676f3", sweep.tokens(), sweep.api(), range));
        if (plan.rentedLowest().isPresent()) {
            series.add(line("Rented (cheapest option)", "#e8590c", sweep.tokens(), sweep.rented(), range));
        }
        if (plan.ownedLowest().isPresent()) {
            series.add(line("Owned (cheapest option)", "#2b8a3e", sweep.tokens(), sweep.owned(), range));
        }
        List<Marker> markers = new ArrayList<>();
        if (plan.tokensPerMonth() >= FROM && plan.tokensPerMonth() <= TO) {
            markers.add(new Marker(
                    Math.log10(plan.tokensPerMonth()), "you: " + Formats.tokens(plan.tokensPerMonth()), "#2f3b52"));
        }
        for (PathSweep.Marker m : sweep.markers()) {
            markers.add(new Marker(Math.log10(m.tokens()), label(m), color(m.kind())));
        }
        return new ChartSpec(
                null,
                height,
                new Axis(X, Format.TOKENS_LOG10, Math.log10(FROM), Math.log10(TO)),
                new ValueAxis(
                        Y,
                        Format.DOLLARS_LOG10,
                        Math.floor(ChartSpec.log10(range[0], ScenarioCharts.CHART_FLOOR)),
                        Math.ceil(ChartSpec.log10(range[1], ScenarioCharts.CHART_FLOOR))),
                series,
                markers);
    }

    /**
     * "rented → RunPod 1x A100 80GB community" (the offer, without its replica: the list below
     * the chart names both), "API = rented → rented cheaper".
     */
    static String label(PathSweep.Marker m) {
        String then = " → " + lower(m.after()) + " cheaper";
        return switch (m.kind()) {
            case RENTED_SWITCH -> "rented → " + offer(m.after());
            case OWNED_SWITCH -> "owned → " + offer(m.after());
            case API_RENTED -> "API = rented" + then;
            case API_OWNED -> "API = owned" + then;
            case RENTED_OWNED -> "rented = owned" + then;
        };
    }

    private static String offer(String option) {
        int with = option.indexOf(" with ");
        return with > 0 ? option.substring(0, with) : option;
    }

    private static String lower(String path) {
        return path.equals("API") ? path : path.toLowerCase(java.util.Locale.ROOT);
    }

    private static String color(PathSweep.Kind kind) {
        return switch (kind) {
            case RENTED_SWITCH -> "#e8590c";
            case OWNED_SWITCH -> "#2b8a3e";
            default -> "#ae3ec9";
        };
    }

    /** The points where the path is priced (NaN where it is missing is left out). */
    private static Series line(String name, String color, double[] tokens, double[] cost, double[] range) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (Double.isFinite(cost[i])) {
                points.add(new double[] {Math.log10(tokens[i]), ChartSpec.log10(cost[i], ScenarioCharts.CHART_FLOOR)});
                range[0] = Math.min(range[0], cost[i]);
                range[1] = Math.max(range[1], cost[i]);
            }
        }
        return new Series(name, SeriesType.LINE, color, false, points.toArray(double[][]::new));
    }
}
