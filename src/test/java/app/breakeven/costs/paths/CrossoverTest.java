package app.breakeven.costs.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.costs.paths.Crossover.Direction;
import app.breakeven.costs.paths.Crossover.Status;
import org.junit.jupiter.api.Test;

/** Crossovers solved band by band, each worked out by hand. */
class CrossoverTest {

    /** The API at 7 $ a million tokens: 0.000007 $ a token. */
    private static final PiecewiseCost API = PiecewiseCost.linear(0, 7e-6);

    @Test
    void a_crossover_inside_a_band_is_the_first_whole_token_where_the_api_is_no_cheaper() {
        // Self-host: 100 $ fixed + 500 $ a replica of 100M tokens a month, at least one replica.
        // Band 1, [0, 100M]: 600 $. The API reaches 600 $ at 600 / 0.000007 = 85,714,285.71 tokens,
        // inside band 1, so the first whole token is 85,714,286:
        //   API(85,714,285) = 599.999995 < 600,  API(85,714,286) = 600.000002 >= 600.
        var selfHost = PiecewiseCost.units(100, 0, 100e6, 1, false, 500);

        Crossover result = Crossover.solve(API, selfHost);

        assertThat(result.status()).isEqualTo(Status.REACHED);
        assertThat(result.initiallyBelow()).isTrue();
        var first = result.first().orElseThrow();
        assertThat(first.tokens()).isEqualTo(85_714_286);
        assertThat(first.direction()).isEqualTo(Direction.A_REACHES_B);
        assertThat(first.aBefore()).isEqualTo(API.at(85_714_285)).isLessThan(first.bBefore());
        assertThat(first.bBefore()).isEqualTo(600);
        assertThat(first.aAt()).isEqualTo(API.at(85_714_286)).isGreaterThanOrEqualTo(first.bAt());
        assertThat(first.bAt()).isEqualTo(600);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void replicas_stepping_up_cross_back_at_the_jump_until_the_margin_pays_for_a_replica() {
        // Self-host: 600 $ a replica of 100M tokens: band k, (100M (k-1), 100M k], costs 600k $.
        // In band k the API reaches 600k $ at 600k / 0.000007 = 85,714,285.71 x k tokens (inside the
        // band, since 85.7M k <= 100M k): the API is no cheaper from ceil of that.
        // At 100M k + 1 a replica is added: self-host 600(k+1) $ against the API's 700k $ + 0.000007,
        // below it again while 700k < 600k + 600, that is k < 6: the API drops back below at the jump.
        // At 600,000,001 the API is 4,200.000007 > 4,200 $: no crossing back from band 6 on.
        var selfHost = PiecewiseCost.units(0, 0, 100e6, 1, false, 600);

        Crossover result = Crossover.solve(API, selfHost);

        assertThat(result.status()).isEqualTo(Status.REACHED);
        assertThat(result.crossings())
                .extracting(Crossover.Crossing::tokens)
                .containsExactly(
                        85_714_286d, // 600 / 7e-6   = 85,714,285.71
                        100_000_001d, // jump: 700.000007 < 1,200
                        171_428_572d, // 1,200 / 7e-6 = 171,428,571.43
                        200_000_001d, // jump: 1,400.000007 < 1,800
                        257_142_858d, // 1,800 / 7e-6 = 257,142,857.14
                        300_000_001d,
                        342_857_143d, // 2,400 / 7e-6 = 342,857,142.86
                        400_000_001d,
                        428_571_429d, // 3,000 / 7e-6 = 428,571,428.57
                        500_000_001d,
                        514_285_715d); // 3,600 / 7e-6 = 514,285,714.29
        var back = result.crossings().get(1);
        assertThat(back.direction()).isEqualTo(Direction.A_DROPS_BELOW_B);
        // One token before the jump: API 700 $ >= self-host 600 $; at it: 700.000007 $ < 1,200 $.
        assertThat(back.aBefore()).isEqualTo(700);
        assertThat(back.bBefore()).isEqualTo(600);
        assertThat(back.bAt()).isEqualTo(1200);
        assertThat(back.aAt()).isLessThan(back.bAt());
        assertThat(result.first(Direction.A_DROPS_BELOW_B).orElseThrow().tokens())
                .isEqualTo(100_000_001);
        // Verified to 1T without walking its 10,000 bands: beyond 600M the bounds keep the API dearer.
        assertThat(result.complete()).isTrue();
        assertThat(result.bandsExamined()).isLessThan(50);
    }

    @Test
    void not_reached_is_said_only_after_every_band_to_1t_was_examined() {
        // API at 2 $ a million against 600 $ a replica of 100M tokens (6 $ a million at full
        // replicas): in band k the API costs at most 0.000002 x 100M k = 200k $ < 600k $. Never.
        var selfHost = PiecewiseCost.units(0, 0, 100e6, 1, false, 600);

        Crossover result = Crossover.solve(PiecewiseCost.linear(0, 2e-6), selfHost);

        assertThat(result.status()).isEqualTo(Status.NOT_REACHED);
        assertThat(result.crossings()).isEmpty();
        assertThat(result.verifiedTo()).isEqualTo(1e12);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void a_budget_that_runs_out_first_says_not_verified() {
        // The same costs with a budget of one band: band 1, [0, 100M], is examined (no crossing),
        // then the budget is spent, so nothing beyond 100M tokens is known.
        var selfHost = PiecewiseCost.units(0, 0, 100e6, 1, false, 600);

        Crossover result = Crossover.solve(PiecewiseCost.linear(0, 2e-6), selfHost, 1e12, 1);

        assertThat(result.status()).isEqualTo(Status.NOT_VERIFIED);
        assertThat(result.verifiedTo()).isEqualTo(100e6);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a_crossover_found_before_the_budget_runs_out_is_reached_but_the_list_is_incomplete() {
        // The crossing-back costs with two bands: band 1 holds 85,714,286, band 2 starts with the
        // jump at 100,000,001 and holds 171,428,572; the search stops at 200M, before the rest.
        var selfHost = PiecewiseCost.units(0, 0, 100e6, 1, false, 600);

        Crossover result = Crossover.solve(API, selfHost, 1e12, 2);

        assertThat(result.status()).isEqualTo(Status.REACHED);
        assertThat(result.crossings()).extracting(Crossover.Crossing::tokens).startsWith(85_714_286d, 100_000_001d);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void explicit_bands_cross_at_the_root_of_the_linear_equation() {
        // a: 10 + 0.001 V up to 1,000 tokens, then 0 + 0.002 V. b: 15 flat.
        // Band [0, 1,000]: 10 + 0.001 V >= 15 at V = 5,000: outside. At 1,001: a = 2.002 < 15.
        // Band (1,000, inf): 0.002 V >= 15 at V = 7,500 exactly: a(7,499) = 14.998 < 15, a(7,500) = 15.
        var a = PiecewiseCost.bands(new double[] {1_000}, new double[] {10, 0}, new double[] {0.001, 0.002});
        var b = PiecewiseCost.linear(15, 0);

        Crossover result = Crossover.solve(a, b, 1e6, 100);

        assertThat(result.crossings()).singleElement().satisfies(c -> {
            assertThat(c.tokens()).isEqualTo(7_500);
            assertThat(c.aBefore()).isLessThan(15);
            assertThat(c.aAt()).isEqualTo(15);
        });
        assertThat(result.status()).isEqualTo(Status.REACHED);
    }

    @Test
    void a_search_needs_a_maximum_and_a_budget() {
        assertThatThrownBy(() -> Crossover.solve(API, API, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 2^52");
        assertThatThrownBy(() -> Crossover.solve(API, API, 1e12, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
    }
}
