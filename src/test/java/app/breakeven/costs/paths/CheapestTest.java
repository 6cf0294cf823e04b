package app.breakeven.costs.paths;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.costs.paths.Cheapest.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheapest option at every volume and where it switches, worked out by hand. */
class CheapestTest {

    /** 1,000 $ a replica of 100M tokens a month: 10 $ a million at full replicas. */
    static final Option SMALL = new Option("small", PiecewiseCost.units(0, 0, 100e6, 1, false, 1_000), true);

    /** 1,800 $ a replica of 300M tokens: 6 $ a million. */
    static final Option MEDIUM = new Option("medium", PiecewiseCost.units(0, 0, 300e6, 1, false, 1_800), true);

    /** 4,000 $ a replica of 1B tokens: 4 $ a million. */
    static final Option LARGE = new Option("large", PiecewiseCost.units(0, 0, 1e9, 1, false, 4_000), true);

    /** Far cheaper, but not eligible (say, its offer has expired): never chosen. */
    static final Option EXPIRED = new Option("expired", PiecewiseCost.units(0, 0, 1e9, 1, false, 1), false);

    @Test
    void the_cheapest_option_switches_where_another_gets_strictly_cheaper() {
        // Up to 100M:            small 1,000  medium 1,800  large 4,000            -> small
        // At 100,000,001:        small 2,000 (2 replicas) > medium 1,800          -> medium
        // At 300,000,001:        medium 3,600, small 4,000, large 4,000           -> medium stays
        // At 600,000,001:        medium 5,400 (3 replicas) > large 4,000          -> large
        // At 1,000,000,001:      large 8,000 (2 replicas) > medium 4 x 1,800 = 7,200 -> medium
        // At 1,200,000,001:      medium 5 x 1,800 = 9,000 > large 8,000           -> large
        // Later jumps of large: at 2B + 1 large 12,000 < medium 7 x 1,800 = 12,600, at 3B + 1
        // 16,000 < 11 x 1,800 = 19,800, and the gap only widens (4 $ against 6 $ a million).
        var cheapest = Cheapest.of(List.of(SMALL, EXPIRED, MEDIUM, LARGE)).orElseThrow();

        assertThat(cheapest.switches())
                .extracting(Cheapest.Switch::tokens)
                .containsExactly(100_000_001d, 600_000_001d, 1_000_000_001d, 1_200_000_001d);
        assertThat(cheapest.segments())
                .extracting(s -> s.option().name())
                .containsExactly("small", "medium", "large", "medium", "large");
        assertThat(cheapest.segments().get(1).from()).isEqualTo(100_000_001);
        assertThat(cheapest.segments().get(1).to()).isEqualTo(600_000_001);
        var toLarge = cheapest.switches().get(1);
        assertThat(toLarge.from().name()).isEqualTo("medium");
        assertThat(toLarge.to().name()).isEqualTo("large");
        // One token before: medium 3,600 (2 replicas) below large 4,000; at the switch 5,400 above 4,000.
        assertThat(toLarge.fromBefore()).isEqualTo(3_600);
        assertThat(toLarge.toBefore()).isEqualTo(4_000);
        assertThat(toLarge.fromAt()).isEqualTo(5_400);
        assertThat(toLarge.toAt()).isEqualTo(4_000);
        assertThat(cheapest.complete()).isTrue();
        assertThat(cheapest.choiceAt(700e6).option().name()).isEqualTo("large");
        assertThat(cheapest.at(700e6)).isEqualTo(4_000);
    }

    @Test
    void one_volume_needs_no_search_and_skips_ineligible_options() {
        // At 250M: small 3 x 1,000 = 3,000, medium 1,800, large 4,000; expired (1 $) is not eligible.
        var choice = Cheapest.at(List.of(SMALL, EXPIRED, MEDIUM, LARGE), 250e6).orElseThrow();

        assertThat(choice.option().name()).isEqualTo("medium");
        assertThat(choice.index()).isEqualTo(2);
        assertThat(choice.cost()).isEqualTo(1_800);
        assertThat(Cheapest.at(List.of(EXPIRED), 1)).isEmpty();
        assertThat(Cheapest.of(List.of(EXPIRED))).isEmpty();
    }

    @Test
    void a_spent_budget_ends_the_segments_where_the_search_stopped() {
        var cheapest = Cheapest.of(List.of(SMALL, MEDIUM, LARGE), 1e12, 1).orElseThrow();

        assertThat(cheapest.complete()).isFalse();
        assertThat(cheapest.verifiedTo()).isLessThan(1e12);
        assertThat(cheapest.segments().getLast().to()).isEqualTo(cheapest.verifiedTo() + 1);
    }

    @Test
    void replicas_packed_into_servers_with_a_spare_step_per_server() {
        // 100M tokens a replica, one spare, 3 replicas a server at 9,000 $ a server:
        // 150M: ceil(1.5) = 2 + 1 spare = 3 replicas -> 1 server, 9,000 $.
        // 200,000,001: ceil(2.00000001) = 3 + 1 = 4 replicas -> 2 servers, 18,000 $.
        // So the first band ends at 200,000,000, the second at 500M (5 + 1 = 6 replicas).
        StepCost servers = PiecewiseCost.packed(0, 0, 100e6, 1, true, 3, 9_000);

        assertThat(servers.units(150e6)).isEqualTo(3);
        assertThat(servers.at(150e6)).isEqualTo(9_000);
        assertThat(servers.at(200_000_001)).isEqualTo(18_000);
        assertThat(servers.lastOfBand(1)).isEqualTo(200_000_000);
        assertThat(servers.lastOfBand(200_000_001)).isEqualTo(500_000_000);
        // Below the minimum: max(1, ceil(0)) + 1 = 2 replicas, still one server.
        assertThat(servers.at(0)).isEqualTo(9_000);
    }
}
