package app.breakeven.costs.sizing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices deployment options at a token volume and picks the cheapest. With V in tokens a day:
 * <pre>
 *   tokens a day per replica = tokens/s x 86,400 x utilization / peak factor
 *   replicas                 = max(1, ceil(V / tokens a day per replica))
 *   monthly                  = replicas x monthly per replica
 * </pre>
 * the same rule the cost engine applies to the article's tiers.
 */
public final class Options {

    private Options() {}

    /** One option priced at one volume. */
    public record OptionCost(DeploymentOption option, long replicas, double monthly) {

        public OptionCost {
            Objects.requireNonNull(option, "option");
        }

        /** GPUs rented in all. */
        public long gpus() {
            return replicas * option.gpusPerReplica();
        }
    }

    /**
     * Prices one option.
     *
     * @throws IllegalArgumentException when the option cannot be priced, or for a volume,
     *                                  utilization or peak factor out of range
     */
    public static OptionCost evaluate(
            DeploymentOption option, double tokensPerDay, double utilization, double peakFactor) {
        check(tokensPerDay, utilization, peakFactor);
        if (!option.priceable()) {
            throw new IllegalArgumentException(option.label() + " cannot be priced");
        }
        long replicas = replicas(option, tokensPerDay, utilization, peakFactor);
        return new OptionCost(option, replicas, replicas * option.monthlyPerReplica());
    }

    /**
     * The cheapest option that serves the volume with whole replicas; on a tie the one with
     * fewer GPUs, then the earlier in the list. Options that cannot be priced are skipped.
     *
     * @return empty when no option can be priced
     */
    public static Optional<OptionCost> cheapest(
            List<DeploymentOption> options, double tokensPerDay, double utilization, double peakFactor) {
        check(tokensPerDay, utilization, peakFactor);
        DeploymentOption best = null;
        long bestReplicas = 0;
        double bestMonthly = Double.POSITIVE_INFINITY;
        for (DeploymentOption option : options) {
            if (!option.priceable()) {
                continue;
            }
            long replicas = replicas(option, tokensPerDay, utilization, peakFactor);
            double monthly = replicas * option.monthlyPerReplica();
            if (best == null
                    || monthly < bestMonthly
                    || (monthly == bestMonthly
                            && replicas * option.gpusPerReplica() < bestReplicas * best.gpusPerReplica())) {
                best = option;
                bestReplicas = replicas;
                bestMonthly = monthly;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new OptionCost(best, bestReplicas, bestMonthly));
    }

    private static long replicas(DeploymentOption option, double tokensPerDay, double utilization, double peak) {
        double perReplica = option.tokensPerSecond() * 86_400 * utilization / peak;
        return (long) Math.max(1, Math.ceil(tokensPerDay / perReplica));
    }

    private static void check(double tokensPerDay, double utilization, double peakFactor) {
        if (!(tokensPerDay >= 0) || Double.isInfinite(tokensPerDay)) {
            throw new IllegalArgumentException("volume must be at least 0 tokens a day: " + tokensPerDay);
        }
        if (!(utilization > 0 && utilization <= 1)) {
            throw new IllegalArgumentException("utilization must be above 0 and at most 1: " + utilization);
        }
        if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
            throw new IllegalArgumentException("peak-to-average factor must be at least 1: " + peakFactor);
        }
    }
}
