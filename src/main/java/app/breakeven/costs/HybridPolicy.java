package app.breakeven.costs;

/**
 * The article's rule for moving off the API: stay on it until volume has been at or
 * above a threshold for some consecutive months, then self-host, paying a one-off
 * migration cost in the month of the move.
 *
 * @param thresholdTokensPerDay the volume to sustain (the article: 500M tokens a day)
 * @param consecutiveMonths     how many months in a row (the article: 3)
 * @param migrationCost         dollars, paid once in the month of the move
 */
public record HybridPolicy(double thresholdTokensPerDay, int consecutiveMonths, double migrationCost) {

    /** API by default; self-hosting only above 500M tokens a day sustained for three months. */
    public static HybridPolicy article(double migrationCost) {
        return new HybridPolicy(500e6, 3, migrationCost);
    }

    public HybridPolicy {
        if (!(thresholdTokensPerDay >= 0) || Double.isInfinite(thresholdTokensPerDay)) {
            throw new IllegalArgumentException(
                    "the threshold must be a volume of at least 0: " + thresholdTokensPerDay);
        }
        if (consecutiveMonths < 1) {
            throw new IllegalArgumentException("the policy needs at least 1 month above the threshold");
        }
        ApiPrice.requireNonNegative(migrationCost, "migration cost");
    }
}
