package app.breakeven.costs.paths;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.costs.paths.Cheapest.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three-path chart reads the same functions as the switches and crossovers it marks. */
class PathsTest {

    @Test
    void the_chart_marks_each_switch_and_crossover_and_draws_the_cheapest_option() {
        // API 7 $ a million. Rented: small, medium, large as in CheapestTest (switches at
        // 100,000,001, 600,000,001, 1,000,000,001, 1,200,000,001). Owned: 5,000 $ a server of 1B tokens.
        // API against rented: small costs 1,000 $ up to 100M; the API reaches 1,000 $ at
        // 1,000 / 0.000007 = 142,857,142.86 > 100M. From 100,000,001 medium serves: 1,800 $ up to
        // 300M; the API reaches 1,800 $ at 257,142,857.14, so rented is no dearer from 257,142,858.
        var paths = new Paths(
                PiecewiseCost.linear(0, 7e-6),
                List.of(CheapestTest.SMALL, CheapestTest.MEDIUM, CheapestTest.LARGE),
                List.of(new Option("server", PiecewiseCost.units(0, 0, 1e9, 1, false, 5_000), true)));

        PathSweep sweep = paths.sweep(1e6, 1e10, 200);

        assertThat(sweep.size()).isEqualTo(200);
        var apiRented = sweep.apiRented().orElseThrow();
        assertThat(apiRented.first().orElseThrow().tokens()).isEqualTo(257_142_858);
        assertThat(sweep.markers())
                .filteredOn(m -> m.kind() == PathSweep.Kind.RENTED_SWITCH)
                .extracting(PathSweep.Marker::tokens)
                .containsExactly(100_000_001d, 600_000_001d, 1_000_000_001d, 1_200_000_001d);
        assertThat(sweep.markers())
                .filteredOn(m -> m.kind() == PathSweep.Kind.API_RENTED)
                .first()
                .satisfies(m -> {
                    assertThat(m.tokens()).isEqualTo(257_142_858);
                    assertThat(m.before()).isEqualTo("API");
                    assertThat(m.after()).isEqualTo("Rented");
                });
        for (int i = 0; i < sweep.size(); i++) {
            double v = sweep.tokens()[i];
            assertThat(v).isEqualTo(Math.rint(v));
            assertThat(sweep.api()[i]).isEqualTo(paths.api().at(v));
            var direct = paths.at(v);
            assertThat(sweep.rented()[i])
                    .isEqualTo(direct.rented().orElseThrow().cost());
            assertThat(sweep.owned()[i]).isEqualTo(direct.owned().orElseThrow().cost());
        }
    }

    @Test
    void a_missing_path_is_left_out_of_the_chart() {
        var paths = new Paths(null, List.of(CheapestTest.SMALL), List.of());

        PathSweep sweep = paths.sweep(1e6, 1e9, 10);

        assertThat(sweep.apiRented()).isEmpty();
        assertThat(sweep.ownedLowest()).isEmpty();
        assertThat(sweep.api()[0]).isNaN();
        assertThat(sweep.owned()[0]).isNaN();
        assertThat(sweep.ownedOption()[0]).isEqualTo(-1);
        assertThat(sweep.rented()[9]).isEqualTo(10_000);
    }
}
