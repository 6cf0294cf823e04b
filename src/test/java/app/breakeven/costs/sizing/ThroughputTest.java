package app.breakeven.costs.sizing;

import static app.breakeven.costs.sizing.Models.H100_SXM;
import static app.breakeven.costs.sizing.Models.QWEN3_32B;
import static app.breakeven.costs.sizing.Models.QWEN3_8B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.sizing.ThroughputEstimate.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measured and estimated throughput, and the calibration, worked out by hand. */
class ThroughputTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    /** Qwen3-8B in BF16 on one H100 at one 1,000-token sequence: 150 tokens/s (a test figure). */
    private static final ThroughputBenchmark EIGHT_B_ROW =
            new ThroughputBenchmark("Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1, 150, 1_000, "run A", AS_OF);

    /** Qwen3-32B in BF16 on two H100s at one 1,000-token sequence: 40 tokens/s (a test figure). */
    private static final ThroughputBenchmark THIRTY_TWO_B_ROW =
            new ThroughputBenchmark("Qwen3-32B", "H100 80GB SXM", 2, Precision.BF16, 1, 40, 1_000, "run B", AS_OF);

    private static final Map<String, ModelArchitecture> MODELS = Map.of("Qwen3-8B", QWEN3_8B, "Qwen3-32B", QWEN3_32B);

    private static final Map<String, GpuSpec> GPUS = Map.of(H100_SXM.name(), H100_SXM);

    @Test
    void without_measured_rows_the_estimate_uses_half_the_bandwidth_and_says_so() {
        // Qwen3-8B, FP8 weights, BF16 cache, 16 sequences of 4,096 tokens, one H100 (3.35 TB/s):
        // sizing: (8.2 + 147,456 x 4,096 x 16 / 10^9 = 9.663676416) x 1.1 = 19.65 GB -> 1 GPU
        // bytes a step = 8.2e9 x 1 + 16 x 4,096 x 147,456 = 8,200,000,000 + 9,663,676,416 = 17,863,676,416
        // step time    = 17,863,676,416 / (1 x 3.35e12 x 0.5) = 0.010664881442 s
        // tokens/s     = 16 / 0.010664881442 = 1,500.2510891877
        SizingResult sizing =
                Sizing.size(QWEN3_8B, H100_SXM, Precision.FP8, Precision.BF16, 4_096, 16, SizingAssumptions.DEFAULT);

        ThroughputEstimate t = Throughput.estimate("Qwen3-8B", sizing, List.of(), Calibration.DEFAULT);

        assertThat(t.provenance()).isEqualTo(Provenance.ESTIMATE);
        assertThat(t.bytesPerStep()).isCloseTo(17_863_676_416.0, within(1e-3));
        assertThat(t.stepSeconds()).isCloseTo(0.010664881442, within(1e-12));
        assertThat(t.tokensPerSecond()).isCloseTo(1_500.2510891877, within(1e-6));
        assertThat(t.label())
                .isEqualTo(
                        "estimate (memory bandwidth, efficiency 0.5, a default: no measured row could calibrate it)");
        assertThat(t.how())
                .startsWith(
                        "Bytes a decode step: 8.2 B active parameters x 1 bytes + 16 sequences x 4,096 tokens"
                                + " x 147,456 KV bytes a token = 17,863,676,416 bytes",
                        "Step time: 17,863,676,416 bytes / (1 GPUs x 3.35 TB/s x 0.5 efficiency) = 10.665 ms",
                        "Throughput: 16 sequences / 10.665 ms = 1,500.251 tokens/s");
    }

    @Test
    void two_measured_rows_calibrate_the_efficiency_as_their_median() {
        // efficiency = bytes a step x tokens/s / (sequences x GPUs x bandwidth)
        // 8B row : bytes = 16.4e9 + 1 x 1,000 x 147,456 = 16,547,456,000
        //          16,547,456,000 x 150 / (1 x 1 x 3.35e12) = 0.740930865672
        // 32B row: bytes = 65.6e9 + 1 x 1,000 x 262,144 = 65,862,144,000
        //          65,862,144,000 x 40 / (1 x 2 x 3.35e12) = 0.393206829851
        // median of two = their mean = (0.740930865672 + 0.393206829851) / 2 = 0.567068847761
        Calibration c = Throughput.calibrate(List.of(EIGHT_B_ROW, THIRTY_TWO_B_ROW), MODELS::get, GPUS::get);

        assertThat(c.used()).hasSize(2);
        assertThat(c.used().get(0).bytesPerStep()).isCloseTo(16_547_456_000.0, within(1e-3));
        assertThat(c.used().get(0).efficiency()).isCloseTo(0.740930865672, within(1e-12));
        assertThat(c.used().get(1).efficiency()).isCloseTo(0.393206829851, within(1e-12));
        assertThat(c.efficiency()).isCloseTo(0.567068847761, within(1e-12));
        assertThat(c.isDefault()).isFalse();
        assertThat(c.summary()).isEqualTo("efficiency 0.567, the median of 2 measured rows");

        // Qwen3-32B in FP8 with 8 sequences of 8,192 tokens on one H100, which no row measured:
        // sizing: (32.8 + 262,144 x 8,192 x 8 / 10^9 = 17.179869184) x 1.1 = 54.98 GB <= 72 -> 1 GPU
        // bytes a step = 32.8e9 + 17,179,869,184 = 49,979,869,184
        // tokens/s     = 8 x 1 x 3.35e12 x 0.567068847761 / 49,979,869,184 = 304.0713264785
        SizingResult sizing =
                Sizing.size(QWEN3_32B, H100_SXM, Precision.FP8, Precision.BF16, 8_192, 8, SizingAssumptions.DEFAULT);
        ThroughputEstimate t = Throughput.estimate("Qwen3-32B", sizing, List.of(EIGHT_B_ROW, THIRTY_TWO_B_ROW), c);

        assertThat(sizing.gpusPerReplica()).isEqualTo(1);
        assertThat(t.provenance()).isEqualTo(Provenance.ESTIMATE);
        assertThat(t.tokensPerSecond()).isCloseTo(304.0713264785, within(1e-6));
        assertThat(t.how()).contains("Bandwidth efficiency: efficiency 0.567, the median of 2 measured rows.");
    }

    @Test
    void the_median_of_three_rows_ignores_an_outlier() {
        // 8B row at 150 tokens/s implies 0.7409; the same at 15 tokens/s 0.0741; the 32B row 0.3932.
        // Sorted: 0.0741, 0.3932, 0.7409: the median is the 32B row's 0.393206829851.
        var slow =
                new ThroughputBenchmark("Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1, 15, 1_000, "run C", AS_OF);

        Calibration c = Throughput.calibrate(List.of(EIGHT_B_ROW, slow, THIRTY_TWO_B_ROW), MODELS::get, GPUS::get);

        assertThat(c.efficiency()).isCloseTo(0.393206829851, within(1e-12));
    }

    @Test
    void rows_that_cannot_calibrate_are_set_aside_with_the_reason() {
        var unknownModel = new ThroughputBenchmark(
                "Mystery-70B", "H100 80GB SXM", 4, Precision.FP8, 32, 2000, null, "run D", AS_OF);
        var unknownGpu =
                new ThroughputBenchmark("Qwen3-8B", "TPU v5e", 1, Precision.BF16, 1, 100, null, "run E", AS_OF);
        // 16,547,456,000 bytes x 400 tokens/s / 3.35e12 = 1.976: faster than the memory allows
        var tooFast =
                new ThroughputBenchmark("Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1, 400, 1_000, "F", AS_OF);

        Calibration c = Throughput.calibrate(List.of(unknownModel, unknownGpu, tooFast), MODELS::get, GPUS::get);

        assertThat(c.isDefault()).isTrue();
        assertThat(c.efficiency()).isEqualTo(Throughput.DEFAULT_EFFICIENCY);
        assertThat(c.skipped())
                .containsExactly(
                        "Mystery-70B on 4 x H100 80GB SXM: the model's architecture is not known",
                        "Qwen3-8B on 1 x TPU v5e: the GPU is not in the catalogue",
                        "Qwen3-8B on 1 x H100 80GB SXM: implies 1.976 of peak bandwidth,"
                                + " which the bandwidth model cannot reach");
    }

    @Test
    void a_row_without_its_context_is_calibrated_at_the_stated_benchmark_context() {
        // bytes = 16.4e9 + 1 x 1,536 x 147,456 = 16,626,492,416; x 150 / 3.35e12 = 0.744469809672
        var row = new ThroughputBenchmark("Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1, 150, null, "G", AS_OF);

        Calibration c = Throughput.calibrate(List.of(row), MODELS::get, GPUS::get);

        assertThat(c.efficiency()).isCloseTo(0.744469809672, within(1e-12));
    }

    @Test
    void a_measured_row_for_the_same_model_gpu_replica_and_precision_wins() {
        // Qwen3-32B in BF16, 8 sequences of 4,096 tokens: (65.6 + 8.589934592) x 1.1 = 81.61 GB -> 2 H100s,
        // as the 32B row was measured. Of two such rows, the one at 8 sequences is nearer than the one at 1.
        var atEight = new ThroughputBenchmark(
                "qwen3-32b", "H100 80GB SXM", 2, Precision.BF16, 8, 310, null, "vLLM blog", AS_OF.plusDays(1));
        SizingResult sizing =
                Sizing.size(QWEN3_32B, H100_SXM, Precision.BF16, Precision.BF16, 4_096, 8, SizingAssumptions.DEFAULT);

        ThroughputEstimate t =
                Throughput.estimate("Qwen3-32B", sizing, List.of(THIRTY_TWO_B_ROW, atEight), Calibration.DEFAULT);

        assertThat(sizing.gpusPerReplica()).isEqualTo(2);
        assertThat(t.provenance()).isEqualTo(Provenance.MEASURED);
        assertThat(t.tokensPerSecond()).isEqualTo(310);
        assertThat(t.measured()).isSameAs(atEight);
        assertThat(t.label()).isEqualTo("measured (vLLM blog, 2026-01-16)");
        assertThat(t.how())
                .containsExactly("Measured: 310 tokens/s for qwen3-32b on 2 x H100 80GB SXM (BF16) at 8 concurrent"
                        + " sequences; vLLM blog, 2026-01-16");
        ThroughputEstimate atOne = Throughput.estimate(
                "Qwen3-32B",
                Sizing.size(QWEN3_32B, H100_SXM, Precision.BF16, Precision.BF16, 4_096, 1, SizingAssumptions.DEFAULT),
                List.of(THIRTY_TWO_B_ROW, atEight),
                Calibration.DEFAULT);
        assertThat(atOne.measured()).isSameAs(THIRTY_TWO_B_ROW);
    }

    @Test
    void a_row_for_another_precision_or_replica_size_does_not_count_as_measured() {
        // Qwen3-32B in FP8 fits one H100 (see above); the 32B row measured BF16 on two.
        SizingResult sizing =
                Sizing.size(QWEN3_32B, H100_SXM, Precision.FP8, Precision.BF16, 8_192, 8, SizingAssumptions.DEFAULT);

        ThroughputEstimate t = Throughput.estimate("Qwen3-32B", sizing, List.of(THIRTY_TWO_B_ROW), Calibration.DEFAULT);

        assertThat(t.provenance()).isEqualTo(Provenance.ESTIMATE);
    }

    @Test
    void without_active_parameters_and_without_a_row_the_throughput_is_unknown() {
        var noActive = new ModelArchitecture(32.8, null, 64, 8, 128, Precision.BF16, null);
        SizingResult sizing =
                Sizing.size(noActive, H100_SXM, Precision.FP8, Precision.BF16, 4_096, 8, SizingAssumptions.DEFAULT);

        ThroughputEstimate t = Throughput.estimate("Qwen3-32B", sizing, List.of(), Calibration.DEFAULT);

        assertThat(sizing.fits()).isTrue();
        assertThat(t.known()).isFalse();
        assertThat(t.tokensPerSecond()).isZero();
    }

    @Test
    void a_replica_that_does_not_fit_has_no_throughput() {
        SizingResult sizing = Sizing.size(
                Models.LLAMA_31_405B,
                Models.A100_40,
                Precision.BF16,
                Precision.BF16,
                4_096,
                1,
                SizingAssumptions.DEFAULT);

        assertThatThrownBy(() -> Throughput.estimate("Llama", sizing, List.of(), Calibration.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a replica that fits");
    }
}
