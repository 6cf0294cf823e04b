package app.breakeven.costs.sizing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Output tokens a second of one replica: a measured benchmark row when one matches, otherwise
 * an estimate from memory bandwidth.
 *
 * <p>Decoding is limited by memory bandwidth: each step reads the active weights once and the
 * KV cache of every sequence in flight, and yields one token per sequence.
 * <pre>
 *   bytes a step  = active parameters x bytes per weight + sequences x context x KV bytes per token
 *   step time (s) = bytes a step / (GPUs x bandwidth x efficiency)
 *   tokens/s      = sequences / step time
 * </pre>
 * The efficiency is calibrated on the measured rows by solving the same formula for it.
 */
public final class Throughput {

    /**
     * The efficiency used when no measured row can calibrate one: half of peak bandwidth, a
     * cautious middle between a small batch's poor use of the GPU and the best decode kernels.
     */
    public static final double DEFAULT_EFFICIENCY = 0.5;

    /**
     * Mean tokens a sequence holds while a benchmark decodes, when the row does not say: a
     * 1,024-token prompt with 1,024 output tokens, the most common shape of published runs,
     * holds 1,024 + 1,024 / 2 = 1,536 on average.
     */
    public static final int ASSUMED_BENCHMARK_CONTEXT = 1_536;

    /**
     * KV-cache format assumed for benchmark runs: vLLM's and SGLang's default ("auto") keeps
     * the cache in the activation type, BF16, whatever the weights' format.
     */
    public static final Precision BENCHMARK_KV_CACHE = Precision.BF16;

    private Throughput() {}

    /** Bytes one decode step reads: the active weights once, and every sequence's KV cache. */
    public static double bytesPerStep(
            ModelArchitecture model, Precision weights, Precision kvCache, int contextTokens, int concurrency) {
        return model.activeParamsB() * 1e9 * weights.bytes()
                + (double) concurrency * contextTokens * model.kvBytesPerToken(kvCache);
    }

    /**
     * The efficiency the measured rows imply, each found from the formula solved for it:
     * {@code efficiency = bytes a step x tokens/s / (sequences x GPUs x bandwidth)}.
     *
     * @param models the architecture of a row's model key, {@code null} when not known
     * @param gpus   the GPU of a row's GPU name, {@code null} when not in the catalogue
     */
    public static Calibration calibrate(
            List<ThroughputBenchmark> rows,
            Function<String, ModelArchitecture> models,
            Function<String, GpuSpec> gpus) {
        List<Calibration.RowEfficiency> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ThroughputBenchmark row : rows) {
            String name = row.modelKey() + " on " + row.gpusPerReplica() + " x " + row.gpuName();
            ModelArchitecture model = models.apply(row.modelKey());
            GpuSpec gpu = gpus.apply(row.gpuName());
            if (model == null || !model.knownForThroughput()) {
                skipped.add(name + ": the model's architecture is not known");
                continue;
            }
            if (gpu == null) {
                skipped.add(name + ": the GPU is not in the catalogue");
                continue;
            }
            int context = row.contextTokens() != null ? row.contextTokens() : ASSUMED_BENCHMARK_CONTEXT;
            double bytes = bytesPerStep(model, row.precision(), BENCHMARK_KV_CACHE, context, row.concurrency());
            double efficiency = bytes
                    * row.outputTokensPerSecond()
                    / (row.concurrency() * row.gpusPerReplica() * gpu.memoryBandwidthTbPerS() * 1e12);
            if (!(efficiency > 0 && efficiency <= 1)) {
                skipped.add(String.format(
                        Locale.ROOT,
                        "%s: implies %s of peak bandwidth, which the bandwidth model cannot reach",
                        name,
                        SizingResult.number(efficiency)));
                continue;
            }
            used.add(new Calibration.RowEfficiency(row, bytes, efficiency));
        }
        if (used.isEmpty()) {
            return new Calibration(DEFAULT_EFFICIENCY, used, skipped);
        }
        return new Calibration(median(used), used, skipped);
    }

    private static double median(List<Calibration.RowEfficiency> used) {
        double[] values = new double[used.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = used.get(i).efficiency();
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * The throughput of the sized replica. A measured row for the same model key, GPU, GPUs per
     * replica and weight precision wins, the one measured at the concurrency nearest the
     * sizing's (then the newest); otherwise the bandwidth estimate with the calibrated efficiency.
     *
     * @param modelKey the key benchmark rows name the model by
     * @param sizing   a sizing that fits
     * @throws IllegalArgumentException when the sizing does not fit: only a replica that can be
     *                                  built has a throughput
     */
    public static ThroughputEstimate estimate(
            String modelKey, SizingResult sizing, List<ThroughputBenchmark> rows, Calibration calibration) {
        Objects.requireNonNull(modelKey, "modelKey");
        Objects.requireNonNull(calibration, "calibration");
        if (!sizing.fits()) {
            throw new IllegalArgumentException("only a replica that fits has a throughput: " + sizing.outcome());
        }
        SizingResult.Request r = sizing.request();
        ThroughputBenchmark best = null;
        for (ThroughputBenchmark row : rows) {
            if (row.matches(modelKey, r.gpu().name(), sizing.gpusPerReplica(), r.weights())
                    && (best == null || closer(row, best, r.concurrentSequences()))) {
                best = row;
            }
        }
        if (best != null) {
            return ThroughputEstimate.measured(sizing, best);
        }
        if (!r.model().knownForThroughput()) {
            return ThroughputEstimate.unknown(sizing, calibration);
        }
        double bytes = bytesPerStep(r.model(), r.weights(), r.kvCache(), r.contextTokens(), r.concurrentSequences());
        double stepSeconds =
                bytes / (sizing.gpusPerReplica() * r.gpu().memoryBandwidthTbPerS() * 1e12 * calibration.efficiency());
        return ThroughputEstimate.estimated(sizing, calibration, bytes, stepSeconds);
    }

    private static boolean closer(ThroughputBenchmark row, ThroughputBenchmark best, int concurrency) {
        int distance = Math.abs(row.concurrency() - concurrency);
        int bestDistance = Math.abs(best.concurrency() - concurrency);
        return distance < bestDistance
                || (distance == bestDistance && row.asOf().isAfter(best.asOf()));
    }
}
