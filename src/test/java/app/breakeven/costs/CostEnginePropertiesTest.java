package app.breakeven.costs;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.costs.CostRange.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any catalogue and any volume, checked on a thousand
 * random profiles (seeded, so a failure repeats).
 */
class CostEnginePropertiesTest {

    private static final double MAX = CostProfile.MAX_TOKENS_PER_DAY;

    private static final int SEEDS = 1000;

    /** Runs the check on each of the thousand seeds, naming the seed of a failure so it repeats. */
    private static void forEachSeed(java.util.function.LongConsumer check) {
        for (int i = 0; i < SEEDS; i++) {
            long seed = 7919L * i + 17;
            try {
                check.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void costs_are_never_negative_or_nan() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            CostProfile profile = randomProfile(random);
            for (int i = 0; i < 50; i++) {
                Evaluation e = CostEngine.evaluate(profile, randomVolume(random));
                assertThat(e.apiMonthly()).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(e.deployments()).isGreaterThanOrEqualTo(1);
                for (CostRange range : List.of(e.gpuMonthly(), e.hiddenMonthly(), e.selfHostMonthly())) {
                    assertThat(range.low()).isFinite().isGreaterThanOrEqualTo(0);
                    assertThat(range.high()).isFinite().isGreaterThanOrEqualTo(range.low());
                }
                assertThat(e.verdict().timesLow()).isNotNaN().isGreaterThanOrEqualTo(0);
                assertThat(e.verdict().timesHigh())
                        .isNotNaN()
                        .isGreaterThanOrEqualTo(e.verdict().timesLow());
            }
        });
    }

    @Test
    void cost_never_falls_as_volume_grows() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            CostProfile profile = randomProfile(random);
            double[] volumes = random.doubles(200)
                    .map(u -> Math.pow(10, 3 + u * 8))
                    .sorted()
                    .toArray();
            for (int i = 1; i < volumes.length; i++) {
                double before = volumes[i - 1];
                double after = volumes[i];
                assertThat(profile.apiMonthly(after)).isGreaterThanOrEqualTo(profile.apiMonthly(before));
                assertThat(profile.deployments(after)).isGreaterThanOrEqualTo(profile.deployments(before));
                for (Level level : Level.values()) {
                    for (boolean full : new boolean[] {true, false}) {
                        assertThat(profile.selfHostMonthly(after, level, full))
                                .isGreaterThanOrEqualTo(profile.selfHostMonthly(before, level, full));
                    }
                }
            }
        });
    }

    @Test
    void break_even_agrees_with_the_cost_functions_on_both_sides() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            CostProfile profile = randomProfile(random);
            for (Level level : Level.values()) {
                for (boolean full : new boolean[] {true, false}) {
                    double breakEven = profile.breakEven(level, full);
                    List<Double> below = new ArrayList<>();
                    if (BreakEven.reached(breakEven)) {
                        assertThat(breakEven).isBetween(0.0, MAX);
                        assertThat(profile.selfHostMonthly(breakEven, level, full))
                                .as("self-host is no dearer at the break-even")
                                .isLessThanOrEqualTo(profile.apiMonthly(breakEven));
                        if (breakEven > 0) {
                            below.add(Math.nextDown(breakEven));
                            below.add(breakEven * (1 - 1e-9));
                            random.doubles(200).forEach(u -> below.add(u * breakEven));
                        }
                    } else {
                        random.doubles(200).forEach(u -> below.add(Math.pow(10, u * 11)));
                        below.add(MAX);
                    }
                    for (double volume : below) {
                        assertThat(profile.selfHostMonthly(volume, level, full))
                                .as("self-host is dearer below the break-even (%s tokens/day)", volume)
                                .isGreaterThan(profile.apiMonthly(volume));
                    }
                }
            }
        });
    }

    @Test
    void the_low_end_breaks_even_first() {
        forEachSeed(seed -> {
            CostProfile profile = randomProfile(new Random(seed));
            for (boolean full : new boolean[] {true, false}) {
                assertThat(profile.breakEven(Level.LOW, full)).isLessThanOrEqualTo(profile.breakEven(Level.MID, full));
                assertThat(profile.breakEven(Level.MID, full)).isLessThanOrEqualTo(profile.breakEven(Level.HIGH, full));
            }
        });
    }

    @Test
    void a_sweep_matches_single_evaluations() {
        forEachSeed(seed -> {
            CostProfile profile = randomProfile(new Random(seed));
            Sweep sweep = CostEngine.sweep(profile, 1e5, 1e10, 50);
            for (int i = 0; i < sweep.size(); i++) {
                Evaluation e = CostEngine.evaluate(profile, sweep.tokensPerDay()[i]);
                assertThat(sweep.apiMonthly()[i]).isEqualTo(e.apiMonthly());
                assertThat(sweep.selfHostLow()[i]).isEqualTo(e.selfHostMonthly().low());
                assertThat(sweep.selfHostHigh()[i])
                        .isEqualTo(e.selfHostMonthly().high());
                assertThat(sweep.gpuOnlyLow()[i]).isEqualTo(e.gpuMonthly().low());
                assertThat(sweep.gpuOnlyHigh()[i]).isEqualTo(e.gpuMonthly().high());
            }
            assertThat(sweep.tokensPerDay()[0]).isEqualTo(1e5);
            assertThat(sweep.tokensPerDay()[sweep.size() - 1]).isEqualTo(1e10);
        });
    }

    static CostProfile randomProfile(Random random) {
        double output = random.nextInt(10) == 0 ? 0 : Math.pow(10, -3 + random.nextDouble() * 5);
        Double input = random.nextBoolean() ? null : output * random.nextDouble();
        GpuTier tier = new GpuTier(
                "tier", Math.pow(10, 1 + random.nextDouble() * 4), range(random, 10_000), range(random, 5_000));
        Workload workload = new Workload(
                random.nextDouble(),
                0.05 + 0.95 * random.nextDouble(),
                1 + 4 * random.nextDouble(),
                28 + random.nextInt(4));
        List<HiddenCost> hidden = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            hidden.add(new HiddenCost(
                    "h" + i,
                    range(random, 3_000),
                    HiddenCost.Scope.values()[random.nextInt(3)],
                    HiddenCost.Basis.values()[random.nextInt(2)]));
        }
        Deployment deployment = random.nextBoolean() ? Deployment.CLOUD : Deployment.ON_PREM;
        return new CostProfile(ApiPrice.of(output, input), tier, deployment, workload, hidden);
    }

    private static CostRange range(Random random, double scale) {
        double a = random.nextInt(8) == 0 ? 0 : random.nextDouble() * scale;
        double b = random.nextDouble() * scale;
        return CostRange.of(Math.min(a, b), Math.max(a, b));
    }

    private static double randomVolume(Random random) {
        return random.nextInt(20) == 0 ? 0 : Math.pow(10, random.nextDouble() * 11);
    }
}
