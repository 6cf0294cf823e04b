package app.breakeven.costs;

/**
 * Costs month by month as volume grows; arrays share their index, month 0 first.
 * Self-host figures are the mid of the full-cost range, with its low and high beside.
 *
 * @param firstSelfHostCheaperMonth first month (from 0) self-hosting costs less than the
 *                                  API, or -1 when not within the horizon
 * @param hybridSwitchMonth         month the hybrid policy moves to self-hosting (and pays
 *                                  the migration), or -1 when it never does
 * @param paybackMonth              first month from the switch on in which the hybrid's
 *                                  cumulative cost is back at or below staying on the API,
 *                                  or -1 when not within the horizon
 */
public record Growth(
        double[] tokensPerDay,
        int[] deployments,
        double[] apiMonthly,
        double[] selfHostMonthly,
        double[] selfHostLow,
        double[] selfHostHigh,
        double[] hybridMonthly,
        double[] apiCumulative,
        double[] selfHostCumulative,
        double[] hybridCumulative,
        int firstSelfHostCheaperMonth,
        int hybridSwitchMonth,
        int paybackMonth) {

    public int months() {
        return tokensPerDay.length;
    }

    /** What the hybrid policy costs over the horizon beyond staying on the API; below 0 when it saves. */
    public double hybridOverApi() {
        int last = months() - 1;
        return last < 0 ? 0 : hybridCumulative[last] - apiCumulative[last];
    }
}
