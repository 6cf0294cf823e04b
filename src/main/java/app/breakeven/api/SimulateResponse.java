package app.breakeven.api;

import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.Tornado;
import app.breakeven.costs.uncertainty.UncertainModel;
import java.util.Arrays;
import java.util.List;

/**
 * The simulation's answer. Dollars a month unless named otherwise; a figure that is never
 * reached (a break-even volume or month) is null. Months count from 1.
 *
 * @param inputs      every input with its range, as simulated
 * @param savedToDate what self-hosting has saved by each month, migration paid: P10, P50, P90
 * @param tornado     inputs by how far they swing the horizon saving, low to high, with the flip value
 */
record SimulateResponse(
        int draws,
        long seed,
        List<Input> inputs,
        Figure apiNow,
        Figure selfHostNow,
        Figure savingNow,
        double probabilitySelfHostCheaperNow,
        Figure horizonSaving,
        double probabilitySelfHostWins,
        Figure breakEvenTokensPerDay,
        Histogram breakEvenTokensPerDayHistogram,
        Figure breakEvenMonth,
        Histogram breakEvenMonthHistogram,
        List<Figure> savedToDate,
        double[] probabilitySelfHostCheaperByMonth,
        List<Swing> tornado) {

    record Input(String key, String label, String shape, double low, double likely, double high) {}

    /** P10, P50 and P90; null where the draw at that rank never reaches it. */
    record Figure(Double p10, Double p50, Double p90) {}

    /** {@code counts[i]} draws in [edges[i], edges[i + 1]); {@code never} draws without a value. */
    record Histogram(double[] edges, int[] counts, int never) {}

    /**
     * @param flip              the input's value at which the decision flips, null when it does not
     * @param selfHostWinsAbove whether self-hosting wins above the flip value; null without one
     */
    record Swing(
            String key,
            String label,
            double low,
            double high,
            double horizonSavingAtLow,
            double horizonSavingAtHigh,
            Double breakEvenTokensPerDayAtLow,
            Double breakEvenTokensPerDayAtHigh,
            Double flip,
            Boolean selfHostWinsAbove) {}

    static SimulateResponse of(UncertainModel model, Simulation s, Tornado t) {
        List<Input> inputs = model.factors().stream()
                .map(f -> new Input(
                        f.key(),
                        f.label(),
                        f.range().shape().label(),
                        f.range().low(),
                        f.range().likely(),
                        f.range().high()))
                .toList();
        List<Swing> swings = t.bySaving().stream()
                .map(b -> {
                    Factor f = b.factor();
                    return new Swing(
                            f.key(),
                            f.label(),
                            f.range().low(),
                            f.range().high(),
                            b.atLow().horizonSaving(),
                            b.atHigh().horizonSaving(),
                            finite(b.atLow().breakEvenVolume()),
                            finite(b.atHigh().breakEvenVolume()),
                            b.flip().map(Tornado.Flip::value).orElse(null),
                            b.flip().map(Tornado.Flip::selfHostWinsAbove).orElse(null));
                })
                .toList();
        return new SimulateResponse(
                s.draws(),
                s.seed(),
                inputs,
                figure(s.apiNow(), 0),
                figure(s.selfHostNow(), 0),
                figure(s.savingNow(), 0),
                s.probabilityCheaperNow(),
                figure(s.horizonSaving(), 0),
                s.probabilitySelfHostWins(),
                figure(s.breakEvenVolume(), 0),
                histogram(s.breakEvenVolumes(), 0),
                figure(s.breakEvenMonth(), 1),
                histogram(s.breakEvenMonths(), 1),
                s.savedToDate().stream().map(p -> figure(p, 0)).toList(),
                s.probabilityCheaperByMonth(),
                swings);
    }

    private static Figure figure(Simulation.Percentiles p, int offset) {
        return new Figure(shifted(p.p10(), offset), shifted(p.p50(), offset), shifted(p.p90(), offset));
    }

    private static Double shifted(double value, int offset) {
        return Double.isFinite(value) ? value + offset : null;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Histogram histogram(Simulation.Histogram h, int offset) {
        return new Histogram(Arrays.stream(h.edges()).map(e -> e + offset).toArray(), h.counts(), h.beyond());
    }
}
