package app.breakeven.costs;

/**
 * How tokens arrive and how hard the GPUs are allowed to run.
 *
 * @param inputShare        share of tokens that are input tokens (0 prices everything as output)
 * @param utilization       target share of a deployment's throughput used on average, in (0, 1]
 * @param peakFactor        peak traffic over average traffic, at least 1
 * @param daysPerMonth      days billed per month
 */
public record Workload(double inputShare, double utilization, double peakFactor, int daysPerMonth) {

    /** The article's assumptions: output prices only, GPUs at their quoted capacity, 30-day months. */
    public static final Workload ARTICLE = new Workload(0, 1, 1, 30);

    public Workload {
        if (!(inputShare >= 0 && inputShare <= 1)) {
            throw new IllegalArgumentException("input share must be between 0 and 1: " + inputShare);
        }
        if (!(utilization > 0 && utilization <= 1)) {
            throw new IllegalArgumentException("utilization must be above 0 and at most 1: " + utilization);
        }
        if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
            throw new IllegalArgumentException("peak-to-average factor must be at least 1: " + peakFactor);
        }
        if (daysPerMonth < 1 || daysPerMonth > 31) {
            throw new IllegalArgumentException("days per month must be between 1 and 31: " + daysPerMonth);
        }
    }
}
