package app.breakeven.costs.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeTest {

    @Test
    void a_triangular_range_inverts_its_two_halves() {
        Range r = Range.triangular(0, 5, 10);
        // Below the split (5 - 0) / 10 = 0.5: 0 + sqrt(0.125 x 10 x 5) = sqrt(6.25) = 2.5.
        assertThat(r.quantile(0.125)).isEqualTo(2.5);
        // At and above it: 10 - sqrt(0.5 x 10 x 5) = 10 - 5 = 5; 10 - sqrt(0.125 x 10 x 5) = 7.5.
        assertThat(r.quantile(0.5)).isEqualTo(5);
        assertThat(r.quantile(0.875)).isEqualTo(7.5);
    }

    @Test
    void a_uniform_range_is_a_straight_line() {
        // 2 + 0.25 x (6 - 2) = 3.
        assertThat(new Range(2, 4, 6, Shape.UNIFORM).quantile(0.25)).isEqualTo(3);
    }

    @Test
    void a_log_normal_range_has_its_median_at_the_likely_value_and_its_ends_at_p10_and_p90() {
        // 100 is the geometric mean of 50 and 200: sigma = ln(4) / (2 x 1.28155) = 0.540866, and
        // 100 x exp(0.540866 x 1.28155) = 100 x exp(ln 2) = 200 at u = 0.9, 50 at u = 0.1.
        Range r = new Range(50, 100, 200, Shape.LOG_NORMAL);
        assertThat(r.quantile(0.5)).isCloseTo(100, within(1e-9));
        assertThat(r.quantile(0.9)).isCloseTo(200, within(1e-6));
        assertThat(r.quantile(0.1)).isCloseTo(50, within(1e-6));
    }

    @Test
    void a_certain_range_gives_its_value_whatever_the_draw() {
        assertThat(Range.point(7).quantile(0.999)).isEqualTo(7);
        assertThat(new Range(7, 7, 7, Shape.LOG_NORMAL).quantile(0.01)).isEqualTo(7);
    }

    @Test
    void a_range_out_of_order_or_a_log_normal_through_zero_is_refused() {
        assertThatThrownBy(() -> Range.triangular(5, 4, 6)).hasMessageContaining("low must be at most");
        assertThatThrownBy(() -> Range.triangular(1, 4, 3)).hasMessageContaining("high must be at least");
        assertThatThrownBy(() -> new Range(0, 1, 2, Shape.LOG_NORMAL)).hasMessageContaining("above 0");
        assertThatThrownBy(() ->
                        new Factor("u", "Utilization", Role.UTILIZATION, new Range(0.2, 0.5, 0.9, Shape.LOG_NORMAL)))
                .hasMessageContaining("bounded");
        assertThatThrownBy(() -> new Factor("u", "Utilization", Role.UTILIZATION, Range.triangular(0.2, 0.5, 1.5)))
                .hasMessageContaining("must be from 0.01 to 1");
    }

    @Test
    void draws_are_fixed_by_the_seed_and_the_key_alone() {
        double[] a = Draws.uniforms(42, "price", 5);
        assertThat(Draws.uniforms(42, "price", 5)).containsExactly(a);
        assertThat(Draws.uniforms(43, "price", 5)).isNotEqualTo(a);
        assertThat(Draws.uniforms(42, "gpu", 5)).isNotEqualTo(a);
        // A longer run starts with the same draws.
        assertThat(java.util.Arrays.copyOf(Draws.uniforms(42, "price", 50), 5)).containsExactly(a);
        assertThat(java.util.Arrays.stream(a).boxed())
                .allSatisfy(u -> assertThat(u).isStrictlyBetween(0.0, 1.0));
    }

    @Test
    void quickselect_finds_the_nearest_rank() {
        double[] values = {9, 1, 8, 2, 7, 3, 6, 4, 5, 10};
        // n = 10: P10 is the ceil(1)-th = 1st smallest, P50 the 5th, P90 the 9th.
        Simulation.Percentiles p = Simulation.percentiles(values);
        assertThat(p).isEqualTo(new Simulation.Percentiles(1, 5, 9));
        assertThat(Simulation.rank(0.10, 10_000)).isEqualTo(999);
    }
}
