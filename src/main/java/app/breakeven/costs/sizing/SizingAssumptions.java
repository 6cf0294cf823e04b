package app.breakeven.costs.sizing;

/**
 * The two stated margins of sizing.
 *
 * @param runtimeOverhead   share added to weights plus KV cache for what the serving runtime
 *                          holds besides them, in [0, 1]
 * @param usableMemoryShare share of each GPU's memory the runtime may fill, in (0, 1]
 */
public record SizingAssumptions(double runtimeOverhead, double usableMemoryShare) {

    /**
     * 10% overhead: activations of a batch, CUDA graphs, communication buffers and allocator
     * fragmentation take a few GB on a large GPU, about a tenth of what weights and cache take;
     * 90% usable: vLLM's default {@code gpu_memory_utilization}, which leaves the rest to the
     * CUDA context and other processes.
     */
    public static final SizingAssumptions DEFAULT = new SizingAssumptions(0.10, 0.90);

    public SizingAssumptions {
        if (!(runtimeOverhead >= 0 && runtimeOverhead <= 1)) {
            throw new IllegalArgumentException("runtime overhead must be between 0 and 1: " + runtimeOverhead);
        }
        if (!(usableMemoryShare > 0 && usableMemoryShare <= 1)) {
            throw new IllegalArgumentException(
                    "usable memory share must be above 0 and at most 1: " + usableMemoryShare);
        }
    }
}
