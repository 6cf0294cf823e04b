package app.breakeven.costs;

/** Monthly costs at a series of volumes; arrays share their index. */
public record Sweep(
        double[] tokensPerDay,
        double[] apiMonthly,
        double[] selfHostLow,
        double[] selfHostHigh,
        double[] gpuOnlyLow,
        double[] gpuOnlyHigh) {

    public int size() {
        return tokensPerDay.length;
    }
}
