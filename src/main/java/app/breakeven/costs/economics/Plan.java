package app.breakeven.costs.economics;

import java.util.Objects;

/**
 * What the three paths share at any volume.
 *
 * @param shape         the average request
 * @param load          active hours, peak and headroom
 * @param availability  minimum replicas and the N+1 spare
 * @param horizonMonths months over which one-offs are spread, 1 to 600
 * @param lens          fully loaded or marginal, for all three paths
 */
public record Plan(RequestShape shape, Load load, Availability availability, int horizonMonths, CostLens lens) {

    /** The article's terms: output tokens only, even traffic, one replica, 36 months, fully loaded. */
    public static final Plan ARTICLE =
            new Plan(RequestShape.OUTPUT_ONLY, Load.ARTICLE, Availability.SINGLE, 36, CostLens.FULLY_LOADED);

    public Plan {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(lens, "lens");
        if (horizonMonths < 1 || horizonMonths > 600) {
            throw new IllegalArgumentException("the horizon must be between 1 and 600 months: " + horizonMonths);
        }
    }

    public Plan withLens(CostLens other) {
        return new Plan(shape, load, availability, horizonMonths, other);
    }

    /** Replicas of {@code replica} that serve a volume of billed tokens a month. */
    public long replicas(Replica replica, double tokensPerMonth) {
        return load.replicas(shape.outputTokensOf(tokensPerMonth), replica.tokensPerSecond(), availability);
    }

    /** The replica count's arithmetic with its numbers, for "How this is computed". */
    String explainReplicas(Replica replica, double tokensPerMonth) {
        double output = shape.outputTokensOf(tokensPerMonth);
        double peak = load.peakOutputTokensPerSecond(output);
        long serving = load.servingReplicas(output, replica.tokensPerSecond());
        return Fmt.num(output) + " output tokens / (" + Fmt.num(load.activeHoursPerMonth()) + " h x 3,600) x "
                + Fmt.num(load.peakToAverage()) + " peak = " + Fmt.num(peak) + " tokens/s at peak; max(1, ceil("
                + Fmt.num(peak) + " / (" + Fmt.num(replica.tokensPerSecond()) + " tokens/s x "
                + Fmt.share(load.headroom()) + " headroom))) = " + serving + " serving; max("
                + availability.minimumReplicas() + " minimum, " + serving + (availability.spare() ? " + 1 spare" : "")
                + ") = " + availability.replicas(serving) + " replicas";
    }
}
