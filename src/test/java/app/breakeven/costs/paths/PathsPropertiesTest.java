package app.breakeven.costs.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** Properties checked on a thousand seeded random piecewise costs each, so a failure repeats. */
class PathsPropertiesTest {

    private static final int SEEDS = 1000;

    private static final double MAX = 1e10;

    private static void forEachSeed(LongConsumer check) {
        for (int i = 0; i < SEEDS; i++) {
            long seed = 104_729L * i + 31;
            try {
                check.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** A step shape with random capacity, minimum, spare, packing and prices. */
    static StepCost randomSteps(Random random) {
        double capacity = Math.pow(10, 6 + random.nextDouble() * 3);
        int min = random.nextInt(3);
        boolean spare = random.nextBoolean();
        int pack = 1 + random.nextInt(8);
        double perUnit = random.nextBoolean() ? 0 : random.nextDouble() * 3_000;
        double perContainer = random.nextDouble() * 20_000;
        double perToken = random.nextInt(3) == 0 ? random.nextDouble() * 2e-6 : 0;
        return new StepCost(random.nextDouble() * 5_000, perToken, capacity, min, spare, perUnit, pack, perContainer);
    }

    /** Explicit random bands, slopes of either sign, jumps either way. */
    static BandedCost randomBands(Random random) {
        int k = random.nextInt(12);
        double[] edges = random.doubles(k, 1, MAX).sorted().distinct().toArray();
        double[] intercepts = random.doubles(edges.length + 1, 0, 50_000).toArray();
        double[] slopes = random.doubles(edges.length + 1, -5e-6, 2e-5).toArray();
        return PiecewiseCost.bands(edges, intercepts, slopes);
    }

    static PiecewiseCost randomCost(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> PiecewiseCost.linear(random.nextDouble() * 2_000, random.nextDouble() * 2e-5);
            case 1 -> randomSteps(random);
            default -> randomBands(random);
        };
    }

    private static double randomToken(Random random, double upTo) {
        return Math.floor(random.nextBoolean() ? random.nextDouble() * upTo : Math.pow(upTo, random.nextDouble()));
    }

    @Test
    void every_reported_crossover_agrees_with_the_functions_one_token_either_side_and_none_is_missed() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            PiecewiseCost a = randomCost(random);
            PiecewiseCost b = randomCost(random);
            Crossover result = Crossover.solve(a, b, MAX, 100_000);
            boolean below = a.at(0) < b.at(0);
            assertThat(result.initiallyBelow()).isEqualTo(below);
            double last = 0;
            for (Crossover.Crossing c : result.crossings()) {
                double v = c.tokens();
                assertThat(v).isGreaterThan(last).isEqualTo(Math.rint(v));
                assertThat(c.aBefore()).isEqualTo(a.at(v - 1));
                assertThat(c.bBefore()).isEqualTo(b.at(v - 1));
                assertThat(c.aAt()).isEqualTo(a.at(v));
                assertThat(c.bAt()).isEqualTo(b.at(v));
                assertThat(c.aBefore() < c.bBefore()).isEqualTo(below);
                assertThat(c.aAt() < c.bAt()).isEqualTo(!below);
                below = !below;
                last = v;
            }
            // No crossing missed: at any token the order is the start's, flipped once per crossing before it.
            double[] crossings = result.crossings().stream()
                    .mapToDouble(Crossover.Crossing::tokens)
                    .toArray();
            for (int i = 0; i < 200; i++) {
                double v = randomToken(random, result.verifiedTo());
                int flips = Arrays.binarySearch(crossings, v);
                flips = flips >= 0 ? flips + 1 : -flips - 1;
                assertThat(a.at(v) < b.at(v))
                        .as("order at %s", v)
                        .isEqualTo(result.initiallyBelow() ^ (flips % 2 == 1));
            }
            if (result.status() == Crossover.Status.NOT_REACHED) {
                assertThat(result.verifiedTo()).isEqualTo(MAX);
            }
        });
    }

    @Test
    void the_option_of_each_cheapest_segment_is_never_beaten() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            List<Cheapest.Option> options = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                options.add(new Cheapest.Option("o" + i, randomCost(random), random.nextInt(5) > 0));
            }
            var found = Cheapest.of(options, MAX, 100_000);
            if (options.stream().noneMatch(Cheapest.Option::eligible)) {
                assertThat(found).isEmpty();
                return;
            }
            Cheapest cheapest = found.orElseThrow();
            for (Cheapest.Switch s : cheapest.switches()) {
                assertThat(s.toBefore()).isEqualTo(s.to().cost().at(s.tokens() - 1));
                assertThat(s.toBefore()).isGreaterThanOrEqualTo(s.fromBefore());
                assertThat(s.toAt()).isLessThan(s.fromAt());
            }
            for (int i = 0; i < 200; i++) {
                double v = randomToken(random, cheapest.verifiedTo());
                Cheapest.Choice choice = cheapest.choiceAt(v);
                assertThat(choice.option().eligible()).isTrue();
                for (Cheapest.Option other : options) {
                    if (other.eligible()) {
                        assertThat(choice.cost())
                                .as("at %s", v)
                                .isLessThanOrEqualTo(other.cost().at(v));
                    }
                }
            }
        });
    }

    @Test
    void step_costs_never_fall_as_volume_rises_and_bands_agree_with_the_function() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            StepCost cost = randomSteps(random);
            double[] volumes = random.doubles(200)
                    .map(u -> Math.floor(Math.pow(10, u * 12)))
                    .sorted()
                    .toArray();
            for (int i = 1; i < volumes.length; i++) {
                assertThat(cost.at(volumes[i])).isGreaterThanOrEqualTo(cost.at(volumes[i - 1]));
            }
            for (int i = 0; i < 20; i++) {
                double t = volumes[random.nextInt(volumes.length)];
                double end = cost.lastOfBand(t);
                if (Double.isFinite(end)) {
                    // One line from t to the band's last token, a jump right after it.
                    double mid = Math.floor((t + end) / 2);
                    assertThat(cost.units(end) - cost.units(t) == 0 || cost.perUnit() == 0)
                            .isTrue();
                    assertThat(cost.containers(end)).isEqualTo(cost.containers(t));
                    assertThat(cost.containers(mid)).isEqualTo(cost.containers(t));
                    assertThat(cost.at(end + 1)).isGreaterThan(cost.at(end) - 1e-9);
                    assertThat(cost.perUnit() > 0 ? cost.units(end + 1) : cost.containers(end + 1))
                            .isGreaterThan(cost.perUnit() > 0 ? cost.units(end) : cost.containers(end));
                }
            }
        });
    }
}
