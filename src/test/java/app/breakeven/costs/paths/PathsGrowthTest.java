package app.breakeven.costs.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.HybridPolicy;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.economics.PurchaseOffer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round figures, four months, the volume doubling each month: 20M, 40M, 80M and 160M tokens a
 * day, x 30 days = 0.6, 1.2, 2.4 and 4.8 billion tokens a month.
 *
 * <ul>
 *   <li>API: $2 per 1M tokens, no fixed part: 1,200, 2,400, 4,800, 9,600.</li>
 *   <li>Rented: $1,000 fixed ($100 of it implementation) + $500 an instance, one instance per
 *       billion tokens: ceil = 1, 2, 3, 5 instances, so 1,500, 2,000, 2,500, 3,500.</li>
 *   <li>Owned, life 1 year (12 months), no residual, capital, maintenance or power, $100 facility
 *       a server-month, fixed $300 a month ($200 of it implementation). Fleet A: $12,000
 *       servers, one per billion tokens. Fleet B: $30,000 servers holding 4 of them.</li>
 * </ul>
 */
class PathsGrowthTest {

    private static final double[] VOLUME = {20e6, 40e6, 80e6, 160e6};
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final OwnershipAssumptions ONE_YEAR =
            new OwnershipAssumptions(1, 0, 0, 0, 0, 1, 0, 100, "test assumptions", AS_OF);

    private static final PiecewiseCost API = PiecewiseCost.linear(0, 2e-6);
    private static final List<Cheapest.Option> RENTED =
            List.of(new Cheapest.Option("instances", PiecewiseCost.packed(1_000, 0, 1e9, 0, false, 1, 500), true));

    private static PathsGrowth.Fleet fleetA() {
        var offer = new PurchaseOffer("Vendor", "A", "H100", 1, 12_000, 0, "test quote", AS_OF);
        return new PathsGrowth.Fleet("A", offer, ONE_YEAR, 700, v -> (long) Math.ceil(v / 1e9), 300, 200);
    }

    private static PathsGrowth.Fleet fleetB() {
        var offer = new PurchaseOffer("Vendor", "B", "H100", 4, 30_000, 0, "test quote", AS_OF);
        return new PathsGrowth.Fleet(
                "B", offer, ONE_YEAR, 700, v -> (long) Math.ceil(Math.ceil(v / 1e9) / 4), 300, 200);
    }

    private static PathsGrowth grow(List<PathsGrowth.Fleet> fleets, HybridPolicy policy) {
        return PathsGrowth.of(API, RENTED, 100, fleets, VOLUME, 30, policy);
    }

    /** Threshold 40M a day held 2 months in a row, $5,000 to migrate. */
    private static final HybridPolicy POLICY = new HybridPolicy(40e6, 2, 5_000);

    @Test
    void api_and_rented_are_their_costs_at_each_months_tokens() {
        PathsGrowth g = grow(List.of(fleetA()), POLICY);

        assertThat(g.api()).containsExactly(1_200, 2_400, 4_800, 9_600);
        assertThat(g.rented()).containsExactly(1_500, 2_000, 2_500, 3_500);
        assertThat(g.rentedOption()).containsExactly(0, 0, 0, 0);
        // Rented cumulative 1,500, 3,500 against the API's 1,200, 3,600: below from month 1.
        assertThat(g.firstCumulativeBelowApi(g.rented())).isEqualTo(1);
    }

    @Test
    void owned_pays_its_servers_in_the_month_they_are_first_needed() {
        PathsGrowth g = grow(List.of(fleetA()), POLICY);

        // Servers 1, 2, 3, 5: bought 1, 1, 1, 2 at $12,000; facility $100 each installed; fixed $300.
        // 12,000 + 100 + 300 = 12,400; 12,000 + 200 + 300 = 12,500; 12,000 + 300 + 300 = 12,600;
        // 24,000 + 500 + 300 = 24,800.
        assertThat(g.ownedServers()).containsExactly(1, 2, 3, 5);
        assertThat(g.ownedHardware()).containsExactly(12_000, 12_000, 12_000, 24_000);
        assertThat(g.owned()).containsExactly(12_400, 12_500, 12_600, 24_800);
        assertThat(g.ownedCumulative()).containsExactly(12_400, 24_900, 37_500, 62_300);
        // Ages after the 4th month: 4, 3, 2 and 1 months of 12, no residual:
        // 12,000 x 8/12 + 12,000 x 9/12 + 12,000 x 10/12 + 2 x 12,000 x 11/12
        // = 8,000 + 9,000 + 10,000 + 22,000 = 49,000.
        assertThat(g.ownedBookValue()).isCloseTo(49_000, within(1e-6));
    }

    @Test
    void the_owned_fleet_is_the_one_cheapest_over_the_horizon() {
        PathsGrowth g = grow(List.of(fleetA(), fleetB()), POLICY);

        // B: servers 1, 1, 1, 2; $30,000 in months 0 and 3; facility 100, 100, 100, 200; fixed 300:
        // 30,400 + 400 + 400 + 30,500 = 61,700, below A's 62,300.
        assertThat(g.ownedFleet()).isEqualTo(1);
        assertThat(g.owned()).containsExactly(30_400, 400, 400, 30_500);
        // 30,000 x 8/12 + 30,000 x 11/12 = 20,000 + 27,500.
        assertThat(g.ownedBookValue()).isCloseTo(47_500, within(1e-6));
        // 30,400 and 30,800 against the API's 1,200 and 3,600 ...: never below.
        assertThat(g.firstCumulativeBelowApi(g.owned())).isEqualTo(-1);
    }

    @Test
    void the_hybrid_moves_after_the_threshold_held_and_pays_the_migration_in_place_of_implementation() {
        PathsGrowth g = grow(List.of(fleetA(), fleetB()), POLICY);

        // At or above 40M a day in months 1 and 2: two in a row, so the move is month 3.
        PathsGrowth.Move rented = g.toRented().orElseThrow();
        assertThat(rented.month()).isEqualTo(3);
        // 3,500 - 100 implementation + 5,000 migration = 8,400.
        assertThat(rented.monthly()).containsExactly(1_200, 2_400, 4_800, 8_400);
        // Cumulative 16,800 against the API's 18,000 in month 3.
        assertThat(rented.payback()).isEqualTo(3);

        PathsGrowth.Move owned = g.toOwned().orElseThrow();
        // From month 3 only: A buys 5 servers, 60,000 + 500 + (300 - 200) = 60,600; B buys 2,
        // 60,000 + 200 + 100 = 60,300, the cheaper; + 5,000 migration = 65,300.
        assertThat(owned.fleet()).isEqualTo(1);
        assertThat(owned.monthly()).containsExactly(1_200, 2_400, 4_800, 65_300);
        assertThat(owned.cumulative()).containsExactly(1_200, 3_600, 8_400, 73_700);
        assertThat(owned.payback()).isEqualTo(-1);
    }

    @Test
    void a_threshold_never_held_keeps_the_hybrid_on_the_api() {
        // 160M a day is reached in month 3 only: not two months in a row within the horizon.
        PathsGrowth g = grow(List.of(fleetA()), new HybridPolicy(160e6, 2, 5_000));

        assertThat(g.toRented().orElseThrow().month()).isEqualTo(-1);
        assertThat(g.toRented().orElseThrow().monthly()).containsExactly(g.api());
        assertThat(g.toOwned().orElseThrow().monthly()).containsExactly(g.api());
        assertThat(g.toOwned().orElseThrow().payback()).isEqualTo(-1);
    }

    @Test
    void a_path_without_options_is_missing_not_zero() {
        PathsGrowth g = PathsGrowth.of(API, List.of(), 0, List.of(), VOLUME, 30, POLICY);

        assertThat(java.util.Arrays.stream(g.rented()).allMatch(Double::isNaN)).isTrue();
        assertThat(java.util.Arrays.stream(g.owned()).allMatch(Double::isNaN)).isTrue();
        assertThat(g.toRented()).isEmpty();
        assertThat(g.toOwned()).isEmpty();
        assertThat(g.ownedFleet()).isEqualTo(-1);
    }

    @Test
    void servers_are_replaced_at_the_end_of_their_life() {
        // 14 months at a flat 20M a day: fleet A holds 1 server, bought in month 0 and again in
        // month 12 (the old one sold at its residual, 0 here).
        double[] flat = new double[14];
        java.util.Arrays.fill(flat, 20e6);
        PathsGrowth g = PathsGrowth.of(API, RENTED, 100, List.of(fleetA()), flat, 30, POLICY);

        assertThat(g.ownedHardware()[0]).isEqualTo(12_000);
        assertThat(g.ownedHardware()[11]).isZero();
        assertThat(g.ownedHardware()[12]).isEqualTo(12_000);
        // Bought again in month 12, 2 months old after month 13: 12,000 x 10/12.
        assertThat(g.ownedBookValue()).isCloseTo(10_000, within(1e-6));
    }
}
