package app.breakeven.scenarios;

import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import java.util.List;
import java.util.Optional;

/**
 * The ranges a scenario's uncertain inputs carry and how its simulation runs. An input with no
 * range here takes the catalogue's low-high where the catalogue has one (GPU and hidden
 * costs) and is certain otherwise; its likely value is always the scenario's own figure.
 *
 * @param ranges the inputs given a range, by key ({@link Uncertainty.Input#key} or
 *               {@code hidden:<catalogue category>})
 * @param draws  {@value Simulation#MIN_DRAWS} to {@value Simulation#MAX_DRAWS}
 * @param seed   the draws' seed: the same seed gives the same figures on every machine
 */
public record UncertaintyChoice(List<RangeChoice> ranges, int draws, long seed) {

    /** No ranges of its own, 10,000 draws, seed 1. */
    public static final UncertaintyChoice DEFAULT = new UncertaintyChoice(List.of(), Simulation.DEFAULT_DRAWS, 1);

    public UncertaintyChoice {
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    /**
     * One input's range.
     *
     * @param input  the input's key
     * @param likely null for the scenario's own value (as the screens save it); else the value
     *               the simulation and the tornado take as likely in its place
     */
    public record RangeChoice(String input, double low, Double likely, double high, Shape shape) {

        /** A range around the scenario's own value. */
        public RangeChoice(String input, double low, double high, Shape shape) {
            this(input, low, null, high, shape);
        }
    }

    public Optional<RangeChoice> range(String input) {
        return ranges.stream().filter(r -> r.input().equals(input)).findFirst();
    }

    public UncertaintyChoice withRanges(List<RangeChoice> value) {
        return new UncertaintyChoice(value, draws, seed);
    }

    public UncertaintyChoice withRun(int newDraws, long newSeed) {
        return new UncertaintyChoice(ranges, newDraws, newSeed);
    }
}
