package app.breakeven.scenarios;

/**
 * One catalogue model at the scenario's volume.
 *
 * @param hardware     what it would self-host on: the article's tier, or the sized replica
 *                     ("4 x L4 24GB (FP8)")
 * @param apiMonthly   dollars a month by API
 * @param selfHostLow  full self-host cost a month, low end; NaN when it cannot be priced
 * @param selfHostHigh full self-host cost a month, high end; NaN when it cannot be priced
 * @param breakEvenMid break-even tokens a day on that hardware (mid), infinite when not
 *                     reached, NaN when it cannot be priced
 * @param note         where the throughput comes from, or why the model is not priced; null
 *                     for the article's tiers
 */
public record ModelCost(
        String model,
        String hardware,
        double outputPerMillion,
        double apiMonthly,
        double selfHostLow,
        double selfHostHigh,
        double breakEvenMid,
        String note) {

    public double selfHostMid() {
        return (selfHostLow + selfHostHigh) / 2;
    }

    /** False when the model does not fit the GPU or its replica cannot be priced. */
    public boolean priced() {
        return !Double.isNaN(selfHostLow);
    }
}
