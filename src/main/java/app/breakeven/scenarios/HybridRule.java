package app.breakeven.scenarios;

import app.breakeven.costs.HybridPolicy;

/**
 * The article's hybrid rule: stay on the API until the volume has held a threshold for some
 * months, then move, paying a one-off migration.
 *
 * @param threshold     tokens a day the rule waits for
 * @param months        consecutive months at or above the threshold before moving
 * @param migrationCost one-off cost of moving to self-hosting
 */
public record HybridRule(double threshold, int months, double migrationCost) {

    public HybridPolicy policy() {
        return new HybridPolicy(threshold, months, migrationCost);
    }
}
