package app.breakeven.costs.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One input at a time: each uncertain input swung from its low to its high with every other at
 * its likely value. Bars are sorted by their swing of the horizon saving, largest first (a
 * second order by the swing of the break-even volume, where a never-reached end counts as the
 * largest swing). For the top inputs, the value at which the decision (self-hosting wins the
 * horizon) flips: searched outward from the likely value, at the range's ends and then
 * doubling the distance up to the input's limits, and narrowed by bisection to adjacent
 * doubles, so the decision at the flip differs from the decision one step toward the likely
 * value.
 *
 * @param base     the outcome with every input at its likely value
 * @param bySaving bars sorted by the swing of the horizon saving
 * @param byBreakEven bars sorted by the swing of the break-even volume
 */
public record Tornado(CostModel.Outcome base, List<Bar> bySaving, List<Bar> byBreakEven) {

    /** How many of the top inputs get a flip value. */
    public static final int FLIPS = 5;

    /**
     * One input's swing.
     *
     * @param flip the value at which the decision flips; empty when it does not within the input's limits
     *             or the input is not among the top {@value #FLIPS}
     */
    public record Bar(
            Factor factor,
            CostModel.Outcome atLow,
            CostModel.Outcome atHigh,
            double savingSwing,
            double breakEvenSwing,
            Optional<Flip> flip) {}

    /**
     * @param value          the input's value at which the decision changes
     * @param selfHostWinsAbove whether self-hosting wins above the value (else below it)
     */
    public record Flip(double value, boolean selfHostWinsAbove) {}

    public static Tornado of(UncertainModel model) {
        double[] likely = model.likely();
        CostModel.Outcome base = model.evaluate(likely);
        List<Factor> factors = model.factors();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            Range range = factors.get(i).range();
            if (range.certain()) {
                continue;
            }
            CostModel.Outcome low = at(model, likely, i, range.low());
            CostModel.Outcome high = at(model, likely, i, range.high());
            double breakEvenSwing =
                    Double.isInfinite(low.breakEvenVolume()) != Double.isInfinite(high.breakEvenVolume())
                            ? Double.POSITIVE_INFINITY
                            : Double.isInfinite(low.breakEvenVolume())
                                    ? 0
                                    : Math.abs(high.breakEvenVolume() - low.breakEvenVolume());
            bars.add(new Bar(
                    factors.get(i),
                    low,
                    high,
                    Math.abs(high.horizonSaving() - low.horizonSaving()),
                    breakEvenSwing,
                    Optional.empty()));
        }
        List<Bar> bySaving = new ArrayList<>(bars);
        bySaving.sort(Comparator.comparingDouble(Bar::savingSwing).reversed());
        for (int b = 0; b < Math.min(FLIPS, bySaving.size()); b++) {
            Bar bar = bySaving.get(b);
            int index = factors.indexOf(bar.factor());
            bySaving.set(
                    b,
                    new Bar(
                            bar.factor(),
                            bar.atLow(),
                            bar.atHigh(),
                            bar.savingSwing(),
                            bar.breakEvenSwing(),
                            flip(model, likely, index, base.selfHostWins())));
        }
        List<Bar> byBreakEven = new ArrayList<>(bySaving);
        byBreakEven.sort(Comparator.comparingDouble(Bar::breakEvenSwing).reversed());
        return new Tornado(base, List.copyOf(bySaving), List.copyOf(byBreakEven));
    }

    private static CostModel.Outcome at(UncertainModel model, double[] likely, int index, double value) {
        double[] values = likely.clone();
        values[index] = value;
        return model.evaluate(values);
    }

    private static boolean wins(UncertainModel model, double[] likely, int index, double value) {
        return at(model, likely, index, value).selfHostWins();
    }

    /** The nearest value to the likely one, either side, at which the decision differs. */
    static Optional<Flip> flip(UncertainModel model, double[] likely, int index, boolean baseWins) {
        Factor factor = model.factors().get(index);
        Range range = factor.range();
        double from = range.likely();
        Optional<Double> up = outward(
                model, likely, index, from, range.high() - from, factor.role().max(), baseWins);
        Optional<Double> down = outward(
                model, likely, index, from, range.low() - from, factor.role().min(), baseWins);
        Optional<Double> nearest =
                up.isEmpty() ? down : down.isEmpty() || up.get() - from <= from - down.get() ? up : down;
        return nearest.map(v -> new Flip(v, v > from != baseWins));
    }

    /**
     * From the likely value in one direction: the range's end, then twice, four times ... as
     * far, up to the limit; the first point with the other decision is bisected against the
     * last with the base decision.
     */
    private static Optional<Double> outward(
            UncertainModel model,
            double[] likely,
            int index,
            double from,
            double step,
            double limit,
            boolean baseWins) {
        double direction = Math.signum(limit - from);
        if (direction == 0) {
            return Optional.empty();
        }
        double distance = Math.abs(step) > 0 ? Math.abs(step) : Math.max(Math.abs(from), 1) * 0.01;
        double same = from;
        for (int k = 0; k < 40; k++) {
            double probe = from + direction * distance;
            boolean last = direction > 0 ? probe >= limit : probe <= limit;
            if (last) {
                probe = limit;
            }
            if (wins(model, likely, index, probe) != baseWins) {
                return Optional.of(bisect(model, likely, index, same, probe, baseWins));
            }
            if (last) {
                return Optional.empty();
            }
            same = probe;
            distance *= 2;
        }
        return Optional.empty();
    }

    /** Narrows [same, other] to adjacent doubles; returns the one with the other decision. */
    private static double bisect(
            UncertainModel model, double[] likely, int index, double same, double other, boolean baseWins) {
        for (int i = 0; i < 200; i++) {
            double mid = same + (other - same) / 2;
            if (mid == same || mid == other) {
                break;
            }
            if (wins(model, likely, index, mid) == baseWins) {
                same = mid;
            } else {
                other = mid;
            }
        }
        return other;
    }
}
