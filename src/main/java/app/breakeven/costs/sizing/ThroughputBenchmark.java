package app.breakeven.costs.sizing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One measured throughput, as a public vLLM or SGLang benchmark reports it.
 *
 * @param modelKey              the model's name, or the size class it stands for
 * @param gpuName               the GPU's catalogue name
 * @param gpusPerReplica        tensor-parallel size of the measured replica
 * @param precision             weight precision measured
 * @param concurrency           sequences in flight during the run
 * @param outputTokensPerSecond output tokens a second of the whole replica
 * @param contextTokens         mean tokens each sequence held during decoding (prompt plus half the
 *                              output), {@code null} when the source does not say; calibration then
 *                              assumes {@link Throughput#ASSUMED_BENCHMARK_CONTEXT}
 * @param source                where the figure is published
 * @param asOf                  when it was published or read
 */
public record ThroughputBenchmark(
        String modelKey,
        String gpuName,
        int gpusPerReplica,
        Precision precision,
        int concurrency,
        double outputTokensPerSecond,
        Integer contextTokens,
        String source,
        LocalDate asOf) {

    public ThroughputBenchmark {
        Objects.requireNonNull(modelKey, "modelKey");
        Objects.requireNonNull(gpuName, "gpuName");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (modelKey.isBlank() || gpuName.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a benchmark needs a model, a GPU and a source");
        }
        if (gpusPerReplica != 1 && gpusPerReplica != 2 && gpusPerReplica != 4 && gpusPerReplica != 8) {
            throw new IllegalArgumentException("GPUs per replica must be 1, 2, 4 or 8: " + gpusPerReplica);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        if (!(outputTokensPerSecond > 0) || Double.isInfinite(outputTokensPerSecond)) {
            throw new IllegalArgumentException("throughput must be above 0 tokens/s: " + outputTokensPerSecond);
        }
        if (contextTokens != null && contextTokens < 1) {
            throw new IllegalArgumentException("context must be at least 1 token when known: " + contextTokens);
        }
    }

    /** True when this row measured the given model (or size class), GPU, replica size and precision. */
    public boolean matches(String model, String gpu, int tp, Precision weights) {
        return gpusPerReplica == tp
                && precision == weights
                && modelKey.equalsIgnoreCase(model)
                && gpuName.equalsIgnoreCase(gpu);
    }
}
