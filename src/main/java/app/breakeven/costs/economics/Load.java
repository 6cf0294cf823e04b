package app.breakeven.costs.economics;

/**
 * How traffic is spread over a month, and how hard replicas are planned to run. With O the
 * output tokens a month:
 * <pre>
 *   average output tokens/s = O / (active hours x 3,600)
 *   peak output tokens/s    = average x peak-to-average
 *   serving replicas        = max(1, ceil(peak / (replica tokens/s x headroom)))
 * </pre>
 * then {@link Availability} adds the spare and the floor.
 *
 * @param activeHoursPerMonth hours a month in which the traffic arrives, in (0, 730]
 * @param peakToAverage       peak traffic over the average across the active hours, at least 1
 * @param headroom            share of a replica's benchmarked throughput planned to be used, in (0, 1]
 */
public record Load(double activeHoursPerMonth, double peakToAverage, double headroom) {

    /** Hours in an average month: 8,760 / 12. */
    public static final double HOURS_PER_MONTH = 730;

    /**
     * The article's load: traffic spread evenly over 30 days of 24 hours (the engine's 30-day
     * month, so 50M tokens a day is 578.7 tokens a second), replicas at their benchmark.
     */
    public static final Load ARTICLE = new Load(720, 1, 1);

    public Load {
        if (!(activeHoursPerMonth > 0 && activeHoursPerMonth <= HOURS_PER_MONTH)) {
            throw new IllegalArgumentException(
                    "active hours a month must be above 0 and at most 730: " + activeHoursPerMonth);
        }
        if (!(peakToAverage >= 1) || Double.isInfinite(peakToAverage)) {
            throw new IllegalArgumentException("peak-to-average must be at least 1: " + peakToAverage);
        }
        if (!(headroom > 0 && headroom <= 1)) {
            throw new IllegalArgumentException("planning headroom must be above 0 and at most 1: " + headroom);
        }
    }

    public double averageOutputTokensPerSecond(double outputTokensPerMonth) {
        return outputTokensPerMonth / (activeHoursPerMonth * 3_600);
    }

    public double peakOutputTokensPerSecond(double outputTokensPerMonth) {
        return averageOutputTokensPerSecond(outputTokensPerMonth) * peakToAverage;
    }

    /** Output tokens a second one replica is planned to carry: tokens/s x headroom. */
    public double plannedTokensPerSecond(double replicaTokensPerSecond) {
        return replicaTokensPerSecond * headroom;
    }

    /** Replicas that carry the peak, before availability: at least one. */
    public long servingReplicas(double outputTokensPerMonth, double replicaTokensPerSecond) {
        Fmt.requireNonNegative(outputTokensPerMonth, "output tokens a month");
        Fmt.requirePositive(replicaTokensPerSecond, "replica throughput (tokens/s)");
        double needed = Math.ceil(
                peakOutputTokensPerSecond(outputTokensPerMonth) / plannedTokensPerSecond(replicaTokensPerSecond));
        if (needed > 1e12) {
            throw new IllegalArgumentException("the volume needs more than 10^12 replicas");
        }
        return (long) Math.max(1, needed);
    }

    /** Replicas to run: the serving replicas with the spare and the floor of {@code availability}. */
    public long replicas(double outputTokensPerMonth, double replicaTokensPerSecond, Availability availability) {
        return availability.replicas(servingReplicas(outputTokensPerMonth, replicaTokensPerSecond));
    }

    /**
     * Replica-hours of actual work in a month: O / (replica tokens/s x headroom x 3,600), the
     * hours a scale-to-zero fleet is busy.
     */
    public double busyReplicaHours(double outputTokensPerMonth, double replicaTokensPerSecond) {
        return outputTokensPerMonth / (plannedTokensPerSecond(replicaTokensPerSecond) * 3_600);
    }
}
