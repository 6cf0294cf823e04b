package app.breakeven.catalogue;

import app.breakeven.costs.sizing.Calibration;
import app.breakeven.costs.sizing.GpuSpec;
import app.breakeven.costs.sizing.ModelArchitecture;
import app.breakeven.costs.sizing.Throughput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sizing tables as the sizing engine takes them: each GPU's datasheet figures, each
 * model's architecture, the measured rows, and the efficiency those rows calibrate for the
 * bandwidth estimate. Built from one catalogue snapshot, so a screen that sizes every cell of
 * a map calibrates once.
 *
 * @param measured    the benchmark rows the engine can use
 * @param calibration the efficiency the measured rows imply
 */
public record SizingFacts(
        Catalogue catalogue, List<app.breakeven.costs.sizing.ThroughputBenchmark> measured, Calibration calibration) {

    /**
     * Sequences in flight when a source does not say: vLLM's default {@code max_num_seqs},
     * the most it runs at once when a benchmark sends every request together.
     */
    public static final int ASSUMED_SATURATED_CONCURRENCY = 256;

    static SizingFacts of(Catalogue catalogue) {
        List<app.breakeven.costs.sizing.ThroughputBenchmark> rows = new ArrayList<>();
        for (ThroughputBenchmark row : catalogue.benchmarks()) {
            measurement(row).ifPresent(rows::add);
        }
        Calibration calibration = Throughput.calibrate(
                rows,
                key -> catalogue.model(key).map(SizingFacts::architecture).orElse(null),
                name -> catalogue.gpu(name).flatMap(SizingFacts::spec).orElse(null));
        return new SizingFacts(catalogue, List.copyOf(rows), calibration);
    }

    /** The GPU's datasheet figures; empty when the catalogue row lacks one sizing needs. */
    public Optional<GpuSpec> gpu(String name) {
        return catalogue.gpu(name).flatMap(SizingFacts::spec);
    }

    /** What the model card says; a dense model (no active count) uses every parameter for every token. */
    public static ModelArchitecture architecture(ModelPrice model) {
        Double total = number(model.getParamsTotalBillions());
        Double active = number(model.getParamsActiveBillions());
        return new ModelArchitecture(
                total,
                active != null ? active : total,
                model.getLayers(),
                model.getKvHeads(),
                model.getHeadDim(),
                model.getNativePrecision(),
                model.getMaxContextTokens());
    }

    static Optional<GpuSpec> spec(GpuType gpu) {
        if (gpu.getMemoryGb() == null
                || gpu.getMemoryBandwidthTbps() == null
                || gpu.getBf16DenseTflops() == null
                || gpu.getTdpWatts() == null) {
            return Optional.empty();
        }
        return Optional.of(new GpuSpec(
                gpu.getName(),
                gpu.getMemoryGb(),
                gpu.getMemoryBandwidthTbps().doubleValue(),
                gpu.getBf16DenseTflops().doubleValue(),
                gpu.getFp8DenseTflops() == null
                        ? Double.NaN
                        : gpu.getFp8DenseTflops().doubleValue(),
                gpu.getTdpWatts(),
                gpu.getInterconnect() == null ? "" : gpu.getInterconnect()));
    }

    static Optional<app.breakeven.costs.sizing.ThroughputBenchmark> measurement(ThroughputBenchmark row) {
        if (row.getModelKey() == null
                || row.getGpuType() == null
                || row.getGpusPerReplica() == null
                || row.getPrecision() == null
                || row.getOutputTokensPerSecond() == null
                || row.getAsOf() == null) {
            return Optional.empty();
        }
        return Optional.of(new app.breakeven.costs.sizing.ThroughputBenchmark(
                row.getModelKey(),
                row.getGpuType(),
                row.getGpusPerReplica(),
                row.getPrecision(),
                row.getConcurrency() == null ? ASSUMED_SATURATED_CONCURRENCY : row.getConcurrency(),
                row.getOutputTokensPerSecond().doubleValue(),
                null,
                row.getSource() == null || row.getSource().isBlank() ? row.getLabel() : row.getSource(),
                row.getAsOf()));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
