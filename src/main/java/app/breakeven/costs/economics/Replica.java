package app.breakeven.costs.economics;

import app.breakeven.costs.sizing.DeploymentOption;

/**
 * One serving replica: the GPUs it takes, its output throughput and their power draw.
 *
 * @param label          for breakdowns, e.g. "Qwen3-32B on 2 x H100 80GB SXM (BF16)"
 * @param gpu            the GPU type's name, to match offers
 * @param gpus           GPUs a replica, at least 1
 * @param tokensPerSecond benchmarked output tokens a second of one replica
 * @param gpuTdpWatts    thermal design power of one GPU
 */
public record Replica(String label, String gpu, int gpus, double tokensPerSecond, int gpuTdpWatts) {

    public Replica {
        Fmt.requireText(label, "the replica's label");
        Fmt.requireText(gpu, "the replica's GPU");
        if (gpus < 1) {
            throw new IllegalArgumentException("a replica needs at least one GPU: " + gpus);
        }
        Fmt.requirePositive(tokensPerSecond, "replica throughput (tokens/s)");
        if (gpuTdpWatts <= 0) {
            throw new IllegalArgumentException("GPU TDP must be above 0 W: " + gpuTdpWatts);
        }
    }

    /**
     * The replica of a sized deployment option.
     *
     * @throws IllegalArgumentException when the option cannot be priced
     */
    public static Replica of(DeploymentOption option) {
        if (!option.priceable()) {
            throw new IllegalArgumentException(option.label() + " cannot be priced");
        }
        return new Replica(
                option.label(),
                option.gpu().name(),
                option.gpusPerReplica(),
                option.tokensPerSecond(),
                option.gpu().tdpWatts());
    }
}
