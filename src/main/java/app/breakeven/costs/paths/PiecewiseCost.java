package app.breakeven.costs.paths;

/**
 * Monthly cost as a function of monthly tokens V: linear within each band, with jumps between
 * bands. On band k the cost is a_k + b_k x V. Bands are closed on the right, as whole replicas
 * are: ceil(V / capacity) counts one replica up to and including V = capacity and two just above
 * it, so a band is (V_k, V_k+1], the first [0, V_1].
 *
 * <p>Searches walk whole tokens: a crossover is the first whole token at which the order of two
 * costs changes, and it is checked by evaluating {@link #at} one token either side.
 */
public interface PiecewiseCost {

    /** Monthly cost at V tokens a month, V at least 0. */
    double at(double tokens);

    /**
     * The last whole token of the band holding whole token {@code token}: from {@code token} to
     * it the cost is one line. {@link Double#POSITIVE_INFINITY} in a last, unbounded band.
     */
    double lastOfBand(double token);

    /**
     * Affine bounds that hold from whole token {@code token} on, or {@code null} when none is
     * known there; a search uses them to pass over volumes where two costs cannot meet.
     */
    default Bound bound(double token) {
        return null;
    }

    /** The function is known up to this token; a search cannot verify anything beyond it. */
    default double knownTo() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * For every whole token V from the token asked about up to {@code until}:
     * intercept + slope x V &lt;= cost(V) &lt;= intercept + slope x V + width.
     */
    record Bound(double until, double intercept, double slope, double width) {}

    /** a + b x V on a single band, as the API bills: a fixed part and a price per token. */
    static PiecewiseCost linear(double fixed, double perToken) {
        return BandedCost.linear(fixed, perToken);
    }

    /**
     * fixed + perToken x V + perUnit x units(V), units(V) = max(min, ceil(V / capacity)) plus one
     * spare when asked: replicas each paid for whole.
     */
    static StepCost units(
            double fixed, double perToken, double capacityPerUnit, int minUnits, boolean spare, double perUnit) {
        return new StepCost(fixed, perToken, capacityPerUnit, minUnits, spare, perUnit, 1, 0);
    }

    /**
     * As {@link #units} with the units packed into containers of {@code unitsPerContainer}
     * (replicas into instances or servers), each container paid for whole:
     * fixed + perToken x V + perContainer x ceil(units(V) / n).
     */
    static StepCost packed(
            double fixed,
            double perToken,
            double capacityPerUnit,
            int minUnits,
            boolean spare,
            int unitsPerContainer,
            double perContainer) {
        return new StepCost(fixed, perToken, capacityPerUnit, minUnits, spare, 0, unitsPerContainer, perContainer);
    }

    /**
     * Explicit bands: {@code edges} V_1 &lt; ... &lt; V_k split [0, infinity) into k + 1 bands,
     * band i costing {@code intercepts[i] + slopes[i] x V}.
     */
    static BandedCost bands(double[] edges, double[] intercepts, double[] slopes) {
        return new BandedCost(edges, intercepts, slopes);
    }
}
