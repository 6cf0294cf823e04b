package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.DashboardText.*;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Axis;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Marker;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.costs.BreakEven;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Growth;
import app.breakeven.costs.Sweep;
import app.breakeven.scenarios.Plan;
import java.util.ArrayList;
import java.util.List;

/** The charts a scenario is drawn with, shared by the planner, the studio and shared dashboards. */
public final class ScenarioCharts {

    static final double MIN_VOLUME = VolumeInput.MIN_VOLUME;
    static final double MAX_VOLUME = VolumeInput.MAX_VOLUME;
    static final int CHART_POINTS = 200;
    /** The log scale starts at one cent a month. */
    static final double CHART_FLOOR = 0.01;

    private ScenarioCharts() {}

    /** API cost against self-host cost over tokens a day (log-log), with "you" and the break-even marked. */
    public static ChartSpec costVersusVolume(Plan plan, boolean full, int height) {
        Evaluation e = plan.evaluation();
        BreakEven breakEven = full ? e.breakEven() : e.breakEvenGpuOnly();
        Sweep sweep = CostEngine.sweep(plan.profile(), MIN_VOLUME, MAX_VOLUME, CHART_POINTS);
        double[] low = full ? sweep.selfHostLow() : sweep.gpuOnlyLow();
        double[] high = full ? sweep.selfHostHigh() : sweep.gpuOnlyHigh();
        double[][] api = new double[sweep.size()][];
        double[][] band = new double[sweep.size()][];
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < sweep.size(); i++) {
            double x = Math.log10(sweep.tokensPerDay()[i]);
            api[i] = new double[] {x, ChartSpec.log10(sweep.apiMonthly()[i], CHART_FLOOR)};
            band[i] = new double[] {x, ChartSpec.log10(low[i], CHART_FLOOR), ChartSpec.log10(high[i], CHART_FLOOR)};
            smallest = Math.min(smallest, Math.min(sweep.apiMonthly()[i], low[i]));
            largest = Math.max(largest, Math.max(sweep.apiMonthly()[i], high[i]));
        }
        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker(
                Math.log10(Math.max(e.tokensPerDay(), MIN_VOLUME)),
                MARKER_NOW + Formats.tokens(e.tokensPerDay()),
                "#2f3b52"));
        if (BreakEven.reached(breakEven.mid()) && breakEven.mid() >= MIN_VOLUME && breakEven.mid() <= MAX_VOLUME) {
            markers.add(new Marker(
                    Math.log10(breakEven.mid()), MARKER_BREAK_EVEN + Formats.tokens(breakEven.mid()), "#2b8a3e"));
        }
        return new ChartSpec(
                null,
                height,
                new Axis(CHART_X, Format.TOKENS_LOG10, Math.log10(MIN_VOLUME), Math.log10(MAX_VOLUME)),
                new ValueAxis(
                        CHART_Y,
                        Format.DOLLARS_LOG10,
                        Math.floor(ChartSpec.log10(smallest, CHART_FLOOR)),
                        Math.ceil(ChartSpec.log10(largest, CHART_FLOOR))),
                List.of(
                        new Series(SERIES_API, SeriesType.LINE, "#1676f3", false, api),
                        new Series(
                                full ? SERIES_SELF_FULL : SERIES_SELF_GPU,
                                SeriesType.RANGE,
                                full ? "#e8590c" : "#868e96",
                                false,
                                band)),
                markers);
    }

    /** Monthly cost of the API, self-hosting (with its range) and the hybrid policy. */
    public static ChartSpec monthly(Growth g, int height) {
        int n = g.months();
        double[][] api = new double[n][];
        double[][] self = new double[n][];
        double[][] band = new double[n][];
        double[][] hybrid = new double[n][];
        for (int m = 0; m < n; m++) {
            api[m] = new double[] {m + 1, g.apiMonthly()[m]};
            self[m] = new double[] {m + 1, g.selfHostMonthly()[m]};
            band[m] = new double[] {m + 1, g.selfHostLow()[m], g.selfHostHigh()[m]};
            hybrid[m] = new double[] {m + 1, g.hybridMonthly()[m]};
        }
        return new ChartSpec(
                null,
                height,
                new Axis(StudioText.MONTH_AXIS, Format.MONTH, 1.0, (double) n),
                new ValueAxis(StudioText.DOLLARS_AXIS, Format.DOLLARS, null, null),
                List.of(
                        new Series(StudioText.SERIES_API, SeriesType.LINE, "#1676f3", false, api),
                        new Series(StudioText.SERIES_SELF_RANGE, SeriesType.RANGE, "#e8590c", false, band),
                        new Series(StudioText.SERIES_SELF, SeriesType.LINE, "#e8590c", false, self),
                        new Series(StudioText.SERIES_HYBRID, SeriesType.LINE, "#2b8a3e", true, hybrid)),
                List.of());
    }

    /** Cumulative cost of the three paths, with the migration's payback month marked. */
    public static ChartSpec cumulative(Growth g, int height) {
        int n = g.months();
        double[][] api = new double[n][];
        double[][] self = new double[n][];
        double[][] hybrid = new double[n][];
        for (int m = 0; m < n; m++) {
            api[m] = new double[] {m + 1, g.apiCumulative()[m]};
            self[m] = new double[] {m + 1, g.selfHostCumulative()[m]};
            hybrid[m] = new double[] {m + 1, g.hybridCumulative()[m]};
        }
        List<ChartSpec.Marker> markers = new ArrayList<>();
        if (g.paybackMonth() >= 0) {
            markers.add(new ChartSpec.Marker(
                    g.paybackMonth() + 1, StudioText.PAYBACK + ": " + StudioText.month(g.paybackMonth()), "#2b8a3e"));
        }
        return new ChartSpec(
                null,
                height,
                new Axis(StudioText.MONTH_AXIS, Format.MONTH, 1.0, (double) n),
                new ValueAxis(StudioText.CUMULATIVE_AXIS, Format.DOLLARS, null, null),
                List.of(
                        new Series(StudioText.SERIES_API, SeriesType.LINE, "#1676f3", false, api),
                        new Series(StudioText.SERIES_SELF, SeriesType.LINE, "#e8590c", false, self),
                        new Series(StudioText.SERIES_HYBRID, SeriesType.LINE, "#2b8a3e", true, hybrid)),
                markers);
    }
}
