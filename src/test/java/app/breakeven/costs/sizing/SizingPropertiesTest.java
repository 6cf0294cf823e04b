package app.breakeven.costs.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any model, GPU and load, checked on a thousand random cases
 * (seeded, so a failure repeats).
 */
class SizingPropertiesTest {

    private static final int SEEDS = 1000;

    /** GPUs a sizing needs, counting "does not fit" as more than any node holds. */
    private static final int BEYOND_ONE_NODE = Integer.MAX_VALUE;

    private static final Precision[] PRECISIONS = Precision.values();

    private static void forEachSeed(LongConsumer check) {
        for (int i = 0; i < SEEDS; i++) {
            long seed = 6271L * i + 31;
            try {
                check.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void more_gpu_memory_never_needs_more_gpus() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            Case c = randomCase(random);
            double memory = c.gpu.memoryGb();
            for (int i = 0; i < 20; i++) {
                double more = memory * (1 + random.nextDouble());
                assertThat(gpus(c.withGpu(gpu(random, more)))).isLessThanOrEqualTo(gpus(c));
            }
        });
    }

    @Test
    void weights_in_more_bytes_never_need_fewer_gpus() {
        forEachSeed(seed -> {
            Case c = randomCase(new Random(seed));
            for (Precision a : PRECISIONS) {
                for (Precision b : PRECISIONS) {
                    if (a.bytes() >= b.bytes()) {
                        assertThat(gpus(c.withWeights(a))).isGreaterThanOrEqualTo(gpus(c.withWeights(b)));
                    }
                }
            }
        });
    }

    @Test
    void more_concurrent_sequences_never_need_fewer_gpus_and_never_lower_the_estimate() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            Case c = randomCase(random);
            Case more = c.withConcurrency(c.concurrency + 1 + random.nextInt(256));
            assertThat(gpus(more)).isGreaterThanOrEqualTo(gpus(c));

            // Same replica size, more sequences: each step reads more KV cache but yields more tokens.
            SizingResult fewer = c.size();
            SizingResult many = more.size();
            if (fewer.fits() && many.fits() && fewer.gpusPerReplica() == many.gpusPerReplica()) {
                double before = estimate(fewer).tokensPerSecond();
                double after = estimate(many).tokensPerSecond();
                assertThat(after).isGreaterThanOrEqualTo(before * (1 - 1e-12));
            }
        });
    }

    @Test
    void the_chosen_replica_is_the_smallest_that_holds_the_model() {
        forEachSeed(seed -> {
            SizingResult r = randomCase(new Random(seed)).size();
            double usable = r.usablePerGpuGb();
            assertThat(r.totalGb()).isFinite().isPositive();
            if (r.fits()) {
                assertThat(r.gpusPerReplica() * usable).isGreaterThanOrEqualTo(r.totalGb());
                if (r.gpusPerReplica() > 1) {
                    assertThat(r.gpusPerReplica() / 2 * usable).isLessThan(r.totalGb());
                }
                assertThat(r.explanation()).isNotEmpty();
            } else {
                assertThat(8 * usable).isLessThan(r.totalGb());
            }
        });
    }

    @Test
    void the_cheapest_option_costs_no_more_than_any_option_that_can_be_priced() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            List<DeploymentOption> options = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                SizingResult sizing = randomCase(random).size();
                ThroughputEstimate throughput = sizing.fits() ? estimate(sizing) : null;
                options.add(new DeploymentOption("m" + i, sizing, throughput, 0.5 + 5 * random.nextDouble()));
            }
            double volume = Math.pow(10, 3 + 8 * random.nextDouble());
            double utilization = 0.1 + 0.9 * random.nextDouble();
            double peak = 1 + 3 * random.nextDouble();
            var best = Options.cheapest(options, volume, utilization, peak);
            assertThat(best.isPresent()).isEqualTo(options.stream().anyMatch(DeploymentOption::priceable));
            for (DeploymentOption option : options) {
                if (option.priceable()) {
                    Options.OptionCost cost = Options.evaluate(option, volume, utilization, peak);
                    assertThat(best.orElseThrow().monthly()).isLessThanOrEqualTo(cost.monthly());
                    double served = cost.replicas() * option.tokensPerSecond() * 86_400 * utilization / peak;
                    assertThat(served).isGreaterThanOrEqualTo(volume * (1 - 1e-12));
                }
            }
        });
    }

    private static int gpus(Case c) {
        SizingResult r = c.size();
        return r.fits() ? r.gpusPerReplica() : BEYOND_ONE_NODE;
    }

    private static ThroughputEstimate estimate(SizingResult sizing) {
        return Throughput.estimate("random", sizing, List.of(), CALIBRATION);
    }

    private static final Calibration CALIBRATION = Throughput.calibrate(
            List.of(new ThroughputBenchmark(
                    "Qwen3-8B", "H100 80GB SXM", 1, Precision.BF16, 1, 100, 1_000, "test", LocalDate.of(2026, 1, 1))),
            key -> Models.QWEN3_8B,
            name -> Models.H100_SXM);

    private record Case(
            ModelArchitecture model,
            GpuSpec gpu,
            Precision weights,
            Precision kvCache,
            int context,
            int concurrency,
            SizingAssumptions assumptions) {

        SizingResult size() {
            return Sizing.size(model, gpu, weights, kvCache, context, concurrency, assumptions);
        }

        Case withGpu(GpuSpec other) {
            return new Case(model, other, weights, kvCache, context, concurrency, assumptions);
        }

        Case withWeights(Precision other) {
            return new Case(model, gpu, other, kvCache, context, concurrency, assumptions);
        }

        Case withConcurrency(int other) {
            return new Case(model, gpu, weights, kvCache, context, other, assumptions);
        }
    }

    private static Case randomCase(Random random) {
        double total = Math.pow(10, Math.log10(0.5) + random.nextDouble() * Math.log10(2000));
        double active = total * (0.05 + 0.95 * random.nextDouble());
        int[] kvHeads = {1, 2, 4, 8, 16, 32, 64};
        int[] headDims = {64, 80, 96, 128, 192, 256};
        var model = new ModelArchitecture(
                total,
                active,
                8 + random.nextInt(121),
                kvHeads[random.nextInt(kvHeads.length)],
                headDims[random.nextInt(headDims.length)],
                Precision.BF16,
                null);
        return new Case(
                model,
                gpu(random, 8 + 192 * random.nextDouble()),
                PRECISIONS[random.nextInt(PRECISIONS.length)],
                PRECISIONS[random.nextInt(PRECISIONS.length)],
                (int) Math.pow(2, 8 + 9 * random.nextDouble()),
                1 + random.nextInt(256),
                new SizingAssumptions(0.3 * random.nextDouble(), 0.7 + 0.3 * random.nextDouble()));
    }

    private static GpuSpec gpu(Random random, double memoryGb) {
        return GpuSpec.withoutFp8("gpu", memoryGb, 0.3 + 8 * random.nextDouble(), 100, 300, "PCIe");
    }
}
