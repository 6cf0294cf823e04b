package app.breakeven.costs.bench;

import app.breakeven.costs.ApiPrice;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Workload;
import app.breakeven.costs.sizing.Calibration;
import app.breakeven.costs.sizing.DeploymentOption;
import app.breakeven.costs.sizing.GpuSpec;
import app.breakeven.costs.sizing.ModelArchitecture;
import app.breakeven.costs.sizing.Options;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.costs.sizing.Sizing;
import app.breakeven.costs.sizing.SizingAssumptions;
import app.breakeven.costs.sizing.SizingResult;
import app.breakeven.costs.sizing.Throughput;
import app.breakeven.costs.sizing.ThroughputBenchmark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What sized mode costs a slider event: sizing one option and evaluating it at one volume
 * (target: under 2 µs), and sizing, estimating and choosing among 40 options (under 20 µs),
 * on one core. Run with {@code ./mvnw -Pbench verify -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SizingBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private final Precision[] precisions = Precision.values();
    private List<ModelArchitecture> models;
    private List<GpuSpec> gpus;
    private List<ThroughputBenchmark> rows;
    private Calibration calibration;
    private ApiPrice price;
    private Workload workload;
    private double volume;

    @Setup
    public void setUp() {
        var qwen32 = ModelArchitecture.dense(32.8, 64, 8, 128, Precision.BF16, 32_768);
        var qwen8 = ModelArchitecture.dense(8.2, 36, 8, 128, Precision.BF16, 32_768);
        models = List.of(qwen32, qwen8);
        gpus = List.of(
                new GpuSpec("H100 80GB SXM", 80, 3.35, 989, 1979, 700, "NVLink"),
                new GpuSpec("H200 141GB", 141, 4.8, 989, 1979, 700, "NVLink"),
                GpuSpec.withoutFp8("A100 80GB", 80, 2.039, 312, 400, "NVLink"),
                GpuSpec.withoutFp8("A100 40GB", 40, 1.555, 312, 400, "NVLink"),
                new GpuSpec("L40S 48GB", 48, 0.864, 362, 733, 350, "PCIe Gen4"));
        rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new ThroughputBenchmark(
                    "Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1 + i, 150 + 20 * i, 1_000, "run " + i, AS_OF));
        }
        rows.add(new ThroughputBenchmark(
                "Qwen3-32B", "H100 80GB SXM", 2, Precision.BF16, 8, 1000, null, "measured", AS_OF));
        var byName = Map.of("Qwen3-8B", qwen8, "Qwen3-32B", qwen32);
        var gpuByName = Map.of("H100 80GB SXM", gpus.get(0));
        calibration = Throughput.calibrate(rows, byName::get, gpuByName::get);
        price = ApiPrice.of(2.5, null);
        workload = new Workload(0, 0.8, 1.5, 30);
        volume = 50e6;
    }

    /** One slider event in sized mode: size the option, find its throughput, evaluate it at the volume. */
    @Benchmark
    public Evaluation sizeAndEvaluateOneOption() {
        SizingResult sizing = Sizing.size(
                models.get(0), gpus.get(0), Precision.FP8, Precision.BF16, 8_192, 16, SizingAssumptions.DEFAULT);
        var option = new DeploymentOption(
                "Qwen3-32B", sizing, Throughput.estimate("Qwen3-32B", sizing, rows, calibration), 2.5);
        var profile =
                new CostProfile(price, option.asTier(CostRange.of(1000, 2000)), Deployment.CLOUD, workload, List.of());
        return CostEngine.evaluate(profile, volume);
    }

    /** The studio's choice: size 2 models x 5 GPUs x 4 precisions, then pick the cheapest at the volume. */
    @Benchmark
    public Optional<Options.OptionCost> sizeAndChooseAmong40Options() {
        List<DeploymentOption> options = new ArrayList<>(40);
        for (ModelArchitecture model : models) {
            String key = model == models.get(0) ? "Qwen3-32B" : "Qwen3-8B";
            for (GpuSpec gpu : gpus) {
                for (Precision weights : precisions) {
                    SizingResult sizing =
                            Sizing.size(model, gpu, weights, Precision.BF16, 8_192, 16, SizingAssumptions.DEFAULT);
                    var throughput = sizing.fits() ? Throughput.estimate(key, sizing, rows, calibration) : null;
                    options.add(new DeploymentOption(key, sizing, throughput, gpu.memoryGb() / 30));
                }
            }
        }
        return Options.cheapest(options, volume, workload.utilization(), workload.peakFactor());
    }
}
