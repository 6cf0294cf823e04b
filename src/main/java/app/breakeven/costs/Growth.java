package app.breakeven.costs;

/**
 * Costs month by month as volume grows; arrays share their index, month 0 first.
 * Self-host figures are the mid of the full-cost range.
 *
 * @param firstSelfHostCheaperMonth the first month (from 0) self-hosting costs less than
 *                                  the API, or -1 when not within the horizon
 */
public record Growth(
        double[] tokensPerDay,
        int[] deployments,
        double[] apiMonthly,
        double[] selfHostMonthly,
        double[] apiCumulative,
        double[] selfHostCumulative,
        int firstSelfHostCheaperMonth) {

    public int months() {
        return tokensPerDay.length;
    }
}
