package app.breakeven.costs.sizing;

import java.util.Objects;

/**
 * How many GPUs one replica of a model needs: its weights and KV cache against GPU memory.
 *
 * <pre>
 *   weights (GB)         = total parameters x bytes per weight / 10^9
 *   KV bytes per token   = 2 (keys, values) x layers x KV heads x head dim x bytes per KV value
 *   KV cache (GB)        = KV bytes per token x context x concurrent sequences / 10^9
 *   total (GB)           = (weights + KV cache) x (1 + runtime overhead)
 *   GPUs per replica     = smallest tensor-parallel size TP in {1, 2, 4, 8}
 *                          with TP x GPU memory x usable share &gt;= total
 * </pre>
 * GB are 10^9 bytes throughout, as GPU datasheets count them. More than one 8-GPU node is
 * "does not fit": a replica spread over nodes is out of scope and is never priced.
 */
public final class Sizing {

    /** The tensor-parallel sizes tried, smallest first: one node holds at most eight GPUs. */
    static final int[] TENSOR_PARALLEL_SIZES = {1, 2, 4, 8};

    public static final int MAX_TENSOR_PARALLEL = 8;

    /** Longest context accepted: ten million tokens, beyond any model's window. */
    public static final int MAX_CONTEXT_TOKENS = 10_000_000;

    /** Most sequences in flight accepted on one replica. */
    public static final int MAX_CONCURRENT_SEQUENCES = 100_000;

    private Sizing() {}

    /**
     * Sizes one replica.
     *
     * @param contextTokens       tokens each sequence holds in the KV cache (prompt and output)
     * @param concurrentSequences sequences in flight at once on the replica
     * @return the memory arithmetic and the GPUs it needs; "unknown" when the model card lacks a
     *         fact sizing needs, "context too long" when the model does not accept the context,
     *         "does not fit" when eight GPUs are not enough
     * @throws IllegalArgumentException for a context or concurrency outside the accepted ranges
     */
    public static SizingResult size(
            ModelArchitecture model,
            GpuSpec gpu,
            Precision weights,
            Precision kvCache,
            int contextTokens,
            int concurrentSequences,
            SizingAssumptions assumptions) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(weights, "weights precision");
        Objects.requireNonNull(kvCache, "KV-cache precision");
        Objects.requireNonNull(assumptions, "assumptions");
        if (contextTokens < 1 || contextTokens > MAX_CONTEXT_TOKENS) {
            throw new IllegalArgumentException(
                    "context must be between 1 and " + MAX_CONTEXT_TOKENS + " tokens: " + contextTokens);
        }
        if (concurrentSequences < 1 || concurrentSequences > MAX_CONCURRENT_SEQUENCES) {
            throw new IllegalArgumentException("concurrent sequences must be between 1 and " + MAX_CONCURRENT_SEQUENCES
                    + ": " + concurrentSequences);
        }
        var request =
                new SizingResult.Request(model, gpu, weights, kvCache, contextTokens, concurrentSequences, assumptions);
        if (!model.knownForSizing()) {
            return new SizingResult(request, SizingResult.Outcome.UNKNOWN, 0, 0, 0, 0, 0);
        }
        if (model.maxContext() != null && contextTokens > model.maxContext()) {
            return new SizingResult(request, SizingResult.Outcome.CONTEXT_TOO_LONG, 0, 0, 0, 0, 0);
        }
        double weightsGb = model.totalParamsB() * weights.bytes();
        double kvBytesPerToken = model.kvBytesPerToken(kvCache);
        double kvCacheGb = kvBytesPerToken * contextTokens * concurrentSequences / 1e9;
        double totalGb = (weightsGb + kvCacheGb) * (1 + assumptions.runtimeOverhead());
        double usablePerGpu = gpu.memoryGb() * assumptions.usableMemoryShare();
        for (int tp : TENSOR_PARALLEL_SIZES) {
            if (tp * usablePerGpu >= totalGb) {
                return new SizingResult(
                        request, SizingResult.Outcome.FITS, weightsGb, kvBytesPerToken, kvCacheGb, totalGb, tp);
            }
        }
        return new SizingResult(
                request, SizingResult.Outcome.DOES_NOT_FIT, weightsGb, kvBytesPerToken, kvCacheGb, totalGb, 0);
    }
}
