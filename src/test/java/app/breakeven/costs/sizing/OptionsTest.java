package app.breakeven.costs.sizing;

import static app.breakeven.costs.sizing.Models.A100_40;
import static app.breakeven.costs.sizing.Models.A100_80;
import static app.breakeven.costs.sizing.Models.H100_SXM;
import static app.breakeven.costs.sizing.Models.LLAMA_31_405B;
import static app.breakeven.costs.sizing.Models.QWEN3_32B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.GpuTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deployment options priced at a volume with whole replicas, worked out by hand. */
class OptionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static final List<ThroughputBenchmark> ROWS = List.of(
            new ThroughputBenchmark("Qwen3-32B", "H100 80GB SXM", 2, Precision.BF16, 8, 1000, null, "X", AS_OF),
            new ThroughputBenchmark("Qwen3-32B", "A100 80GB", 1, Precision.FP8, 8, 400, null, "Y", AS_OF));

    /**
     * Qwen3-32B in BF16, 8 sequences of 4,096 tokens: (65.6 + 8.589934592) x 1.1 = 81.61 GB > 72 GB,
     * so 2 H100s; measured 1,000 tokens/s; 2.50 $/h x 730 h x 2 GPUs = 3,650 $ a month.
     */
    private static final DeploymentOption ON_H100 = option(H100_SXM, Precision.BF16, 2.50);

    /**
     * Qwen3-32B in FP8: (32.8 + 8.589934592) x 1.1 = 45.53 GB <= 72 GB, so 1 A100 80GB;
     * measured 400 tokens/s; 2.20 $/h x 730 h x 1 GPU = 1,606 $ a month.
     */
    private static final DeploymentOption ON_A100 = option(A100_80, Precision.FP8, 2.20);

    /** Llama 3.1 405B in BF16 needs 893 GB: never fits on eight A100 40GB, however cheap. */
    private static final DeploymentOption TOO_BIG = new DeploymentOption(
            "Llama 3.1 405B",
            Sizing.size(LLAMA_31_405B, A100_40, Precision.BF16, Precision.BF16, 4_096, 8, SizingAssumptions.DEFAULT),
            null,
            0.10);

    private static DeploymentOption option(GpuSpec gpu, Precision precision, double dollarsPerHour) {
        SizingResult sizing =
                Sizing.size(QWEN3_32B, gpu, precision, Precision.BF16, 4_096, 8, SizingAssumptions.DEFAULT);
        return new DeploymentOption(
                "Qwen3-32B",
                sizing,
                Throughput.estimate("Qwen3-32B", sizing, ROWS, Calibration.DEFAULT),
                dollarsPerHour);
    }

    @Test
    void a_replica_costs_its_gpus_for_730_hours() {
        assertThat(ON_H100.gpusPerReplica()).isEqualTo(2);
        assertThat(ON_H100.monthlyPerReplica()).isCloseTo(3_650, within(1e-9));
        assertThat(ON_A100.gpusPerReplica()).isEqualTo(1);
        assertThat(ON_A100.monthlyPerReplica()).isCloseTo(1_606, within(1e-9));
        assertThat(ON_H100.label()).isEqualTo("Qwen3-32B on 2 x H100 80GB SXM (BF16)");
        assertThat(TOO_BIG.label()).isEqualTo("Llama 3.1 405B on A100 40GB (BF16): does not fit");
    }

    @Test
    void the_cheapest_option_changes_with_the_volume_by_whole_replicas() {
        // At utilization 0.8 and peak factor 1.5 a replica serves tokens/s x 86,400 x 0.8 / 1.5 a day:
        //   H100 pair: 1,000 x 57,600 = 46,080,000;  A100: 400 x 57,600 = 18,432,000
        // 50 M a day : H100 ceil(1.085) = 2 x 3,650 = 7,300;  A100 ceil(2.713) = 3 x 1,606 = 4,818  -> A100
        // 500 M a day: H100 ceil(10.85) = 11 x 3,650 = 40,150; A100 ceil(27.13) = 28 x 1,606 = 44,968 -> H100
        List<DeploymentOption> options = List.of(TOO_BIG, ON_H100, ON_A100);

        Options.OptionCost at50m = Options.cheapest(options, 50e6, 0.8, 1.5).orElseThrow();
        Options.OptionCost at500m = Options.cheapest(options, 500e6, 0.8, 1.5).orElseThrow();

        assertThat(at50m.option()).isSameAs(ON_A100);
        assertThat(at50m.replicas()).isEqualTo(3);
        assertThat(at50m.monthly()).isCloseTo(4_818, within(1e-9));
        assertThat(at500m.option()).isSameAs(ON_H100);
        assertThat(at500m.replicas()).isEqualTo(11);
        assertThat(at500m.gpus()).isEqualTo(22);
        assertThat(at500m.monthly()).isCloseTo(40_150, within(1e-9));
        assertThat(Options.evaluate(ON_A100, 500e6, 0.8, 1.5).monthly()).isCloseTo(44_968, within(1e-9));
    }

    @Test
    void no_volume_still_needs_one_replica() {
        assertThat(Options.evaluate(ON_H100, 0, 0.8, 1.5).replicas()).isEqualTo(1);
    }

    @Test
    void an_option_that_does_not_fit_is_never_priced() {
        assertThat(TOO_BIG.priceable()).isFalse();
        assertThat(Options.cheapest(List.of(TOO_BIG), 1e6, 1, 1)).isEmpty();
        assertThatThrownBy(() -> Options.evaluate(TOO_BIG, 1e6, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be priced");
        assertThatThrownBy(() -> TOO_BIG.asTier(CostRange.ZERO)).hasMessageContaining("cannot be priced");
    }

    @Test
    void bad_volumes_and_workloads_are_refused() {
        List<DeploymentOption> options = List.of(ON_H100);
        assertThatThrownBy(() -> Options.cheapest(options, -1, 0.8, 1.5)).hasMessageContaining("volume");
        assertThatThrownBy(() -> Options.cheapest(options, 1e6, 0, 1.5)).hasMessageContaining("utilization");
        assertThatThrownBy(() -> Options.cheapest(options, 1e6, 0.8, 0.5)).hasMessageContaining("peak");
        assertThatThrownBy(() -> new DeploymentOption("Qwen3-32B", ON_H100.sizing(), null, 2.5))
                .hasMessageContaining("needs its throughput");
    }

    @Test
    void an_option_becomes_a_tier_of_the_cost_engine_at_its_rental_price() {
        GpuTier tier = ON_H100.asTier(CostRange.of(1_000, 2_000));

        assertThat(tier.label()).isEqualTo("Qwen3-32B on 2 x H100 80GB SXM (BF16)");
        assertThat(tier.tokensPerSecond()).isEqualTo(1_000);
        assertThat(tier.cloudMonthly()).isEqualTo(CostRange.of(3_650, 3_650));
        assertThat(tier.onPremMonthly()).isEqualTo(CostRange.of(1_000, 2_000));
    }
}
