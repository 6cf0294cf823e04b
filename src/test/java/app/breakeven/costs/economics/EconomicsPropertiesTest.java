package app.breakeven.costs.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any offers, assumptions and volumes, checked on a thousand
 * random setups (seeded, so a failure repeats).
 */
class EconomicsPropertiesTest {

    private static final int SEEDS = 1000;

    private static void forEachSeed(LongConsumer check) {
        for (int i = 0; i < SEEDS; i++) {
            long seed = 104_729L * i + 3;
            try {
                check.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** One random setup of all three paths. */
    private record Setup(
            ApiPricing pricing,
            RentedOffer rented,
            PurchaseOffer purchase,
            OwnershipAssumptions ownership,
            Replica replica,
            People people,
            Plan plan) {

        static Setup random(Random r) {
            String gpu = "GPU";
            int gpusPerMachine = 1 + r.nextInt(8);
            int gpusPerReplica = 1 + r.nextInt(16);
            RequestShape shape = new RequestShape(
                    r.nextBoolean() ? 0 : r.nextDouble() * 8_000,
                    1 + r.nextDouble() * 2_000,
                    r.nextDouble(),
                    r.nextDouble());
            Load load = new Load(1 + r.nextDouble() * 729, 1 + r.nextDouble() * 5, 0.05 + r.nextDouble() * 0.95);
            Plan plan = new Plan(
                    shape,
                    load,
                    new Availability(1 + r.nextInt(4), r.nextBoolean()),
                    1 + r.nextInt(120),
                    CostLens.FULLY_LOADED);
            return new Setup(
                    new ApiPricing(
                            r.nextDouble() * 20, r.nextDouble() * 5, r.nextDouble() * 80, r.nextDouble(), "p", null),
                    new RentedOffer(
                            "C",
                            "i",
                            gpu,
                            gpusPerMachine,
                            r.nextDouble() * 100,
                            RentedOffer.Kind.values()[r.nextInt(3)],
                            "p",
                            null),
                    new PurchaseOffer(
                            "V",
                            "S",
                            gpu,
                            gpusPerMachine,
                            r.nextDouble() * 500_000,
                            r.nextDouble() * 20_000,
                            "q",
                            null),
                    new OwnershipAssumptions(
                            1 + r.nextInt(8),
                            r.nextDouble() * 0.5,
                            r.nextDouble() * 0.2,
                            r.nextDouble() * 0.2,
                            r.nextDouble() * 0.4,
                            1 + r.nextDouble(),
                            r.nextDouble() * 3_000,
                            r.nextDouble() * 2_000,
                            "a",
                            null),
                    new Replica("R", gpu, gpusPerReplica, 10 + r.nextDouble() * 20_000, 50 + r.nextInt(1_000)),
                    new People(r.nextDouble() * 3, r.nextDouble() * 30_000, r.nextDouble() * 500_000, "s", null),
                    plan);
        }

        double api(Plan p, double v) {
            return ApiCost.monthly(pricing, people, p, v);
        }

        double rented(Billing billing, Plan p, double v) {
            return RentedCost.monthly(rented, billing, replica, people, p, v);
        }

        double owned(Plan p, double v) {
            return OwnedCost.monthly(purchase, ownership, replica, people, p, v);
        }
    }

    /** Volumes from 10^3 to 10^12 tokens a month, sorted. */
    private static double[] volumes(Random random, int n) {
        return random.doubles(n).map(u -> Math.pow(10, 3 + u * 9)).sorted().toArray();
    }

    @Test
    void cost_never_falls_as_volume_rises_on_any_path_or_billing_mode() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            Setup s = Setup.random(random);
            Billing stz = new Billing(BillingMode.SCALE_TO_ZERO, random.nextDouble());
            Billing window = new Billing(BillingMode.ACTIVE_WINDOW, 0);
            double[] v = volumes(random, 60);
            for (CostLens lens : CostLens.values()) {
                Plan p = s.plan().withLens(lens);
                for (int i = 1; i < v.length; i++) {
                    assertThat(s.owned(p, v[i])).isGreaterThanOrEqualTo(s.owned(p, v[i - 1]));
                    assertThat(s.rented(Billing.ALWAYS_ON, p, v[i]))
                            .isGreaterThanOrEqualTo(s.rented(Billing.ALWAYS_ON, p, v[i - 1]));
                    assertThat(s.rented(window, p, v[i])).isGreaterThanOrEqualTo(s.rented(window, p, v[i - 1]));
                    assertThat(s.rented(stz, p, v[i])).isGreaterThanOrEqualTo(s.rented(stz, p, v[i - 1]));
                    assertThat(s.api(p, v[i])).isGreaterThanOrEqualTo(s.api(p, v[i - 1]));
                }
            }
        });
    }

    @Test
    void the_marginal_lens_is_never_above_fully_loaded() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            Setup s = Setup.random(random);
            Plan full = s.plan();
            Plan marginal = full.withLens(CostLens.MARGINAL);
            for (double v : volumes(random, 30)) {
                assertThat(s.api(marginal, v)).isLessThanOrEqualTo(s.api(full, v));
                assertThat(s.owned(marginal, v)).isLessThanOrEqualTo(s.owned(full, v));
                for (BillingMode mode : BillingMode.values()) {
                    Billing billing = new Billing(mode, 0.2);
                    assertThat(s.rented(billing, marginal, v)).isLessThanOrEqualTo(s.rented(billing, full, v));
                }
            }
        });
    }

    @Test
    void the_billing_modes_never_cost_more_than_always_on_and_every_total_is_its_lines() {
        forEachSeed(seed -> {
            Random random = new Random(seed);
            Setup s = Setup.random(random);
            Billing stz = new Billing(BillingMode.SCALE_TO_ZERO, random.nextDouble() * 3);
            Billing window = new Billing(BillingMode.ACTIVE_WINDOW, 0);
            for (double v : volumes(random, 5)) {
                Plan p = s.plan().withLens(CostLens.values()[random.nextInt(2)]);
                double alwaysOn = s.rented(Billing.ALWAYS_ON, p, v);
                assertThat(s.rented(window, p, v)).isLessThanOrEqualTo(alwaysOn);
                assertThat(s.rented(stz, p, v)).isLessThanOrEqualTo(s.rented(window, p, v));
                assertThat(ApiCost.explain("m", s.pricing(), s.people(), p, v).monthly())
                        .isEqualTo(s.api(p, v));
                assertThat(RentedCost.explain(s.rented(), stz, s.replica(), s.people(), p, v)
                                .monthly())
                        .isEqualTo(s.rented(stz, p, v));
                PathCost owned = OwnedCost.explain(s.purchase(), s.ownership(), s.replica(), s.people(), p, v);
                assertThat(owned.monthly()).isEqualTo(s.owned(p, v));
                assertThat(owned.machines() * s.purchase().gpus())
                        .isGreaterThanOrEqualTo(owned.replicas() * s.replica().gpus());
            }
        });
    }
}
