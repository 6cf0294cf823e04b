package app.breakeven.costs;

import java.util.Objects;

/**
 * One self-host deployment: a set of GPUs that serves the model.
 *
 * @param label          the tier's name, for messages
 * @param tokensPerSecond sustained output throughput of one deployment
 * @param cloudMonthly   rental cost of one deployment per month
 * @param onPremMonthly  amortized ownership cost of one deployment per month
 */
public record GpuTier(String label, double tokensPerSecond, CostRange cloudMonthly, CostRange onPremMonthly) {

    public GpuTier {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cloudMonthly, "cloudMonthly");
        Objects.requireNonNull(onPremMonthly, "onPremMonthly");
        if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException("throughput must be above 0 tokens/s: " + tokensPerSecond);
        }
    }

    public CostRange monthly(Deployment deployment) {
        return switch (deployment) {
            case CLOUD -> cloudMonthly;
            case ON_PREM -> onPremMonthly;
        };
    }
}
