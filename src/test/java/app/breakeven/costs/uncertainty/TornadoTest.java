package app.breakeven.costs.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Worked}'s scenario with three ranges: price $8-12, GPUs $2,500-3,500 a deployment and
 * fixed hidden costs $500-1,500. The horizon saving is 12 x (1,500 x price - 3 x (GPUs + 200)
 * - fixed) - 20,000.
 */
class TornadoTest {

    private static CostModel model() {
        List<Factor> f = Worked.factors();
        f = Worked.with(f, "price", Range.triangular(8, 10, 12));
        f = Worked.with(f, "gpu", Range.triangular(2_500, 3_000, 3_500));
        f = Worked.with(f, "hidden:monitoring", Range.triangular(500, 1_000, 1_500));
        return Worked.model(f);
    }

    @Test
    void inputs_are_sorted_by_how_far_they_swing_the_horizon_saving() {
        Tornado t = Tornado.of(model());

        // Price: 12 x 1,500 x (12 - 8) = 72,000; GPUs: 12 x 3 x 1,000 = 36,000; fixed: 12 x 1,000 = 12,000.
        assertThat(t.bySaving()).extracting(b -> b.factor().key()).containsExactly("price", "gpu", "hidden:monitoring");
        assertThat(t.bySaving())
                .extracting(Tornado.Bar::savingSwing)
                .satisfiesExactly(
                        p -> assertThat(p).isCloseTo(72_000, within(1e-6)),
                        g -> assertThat(g).isCloseTo(36_000, within(1e-6)),
                        h -> assertThat(h).isCloseTo(12_000, within(1e-6)));
        assertThat(t.base().horizonSaving()).isCloseTo(32_800, within(1e-6));
        // At price 8: 12 x (12,000 - 10,600) - 20,000 = -3,200.
        assertThat(t.bySaving().getFirst().atLow().horizonSaving()).isCloseTo(-3_200, within(1e-6));
    }

    @Test
    void the_flip_value_is_where_the_decision_changes_one_step_either_side() {
        CostModel model = model();
        Tornado t = Tornado.of(model);

        // Price: 18,000 x price - 147,200 = 0 at 8.1778 $/M; self-hosting wins above it.
        Tornado.Flip price = t.bySaving().get(0).flip().orElseThrow();
        assertThat(price.value()).isCloseTo(147_200 / 18_000.0, within(1e-9));
        assertThat(price.selfHostWinsAbove()).isTrue();
        assertThat(winsWithPrice(model, price.value())).isFalse();
        assertThat(winsWithPrice(model, Math.nextUp(price.value()))).isTrue();
        // GPUs: 140,800 - 36 x GPUs = 0 at $3,911.11, beyond the range's high of $3,500:
        // self-hosting wins below it.
        Tornado.Flip gpu = t.bySaving().get(1).flip().orElseThrow();
        assertThat(gpu.value()).isCloseTo(140_800 / 36.0, within(1e-9));
        assertThat(gpu.selfHostWinsAbove()).isFalse();
    }

    @Test
    void an_input_that_cannot_flip_the_decision_says_so() {
        // Fixed costs would have to pass 12 x 4,400 - 20,000 over 12 months: 32,800 / 12 =
        // $2,733.33 above the likely 1,000, so this one flips too; utilization up to 100% only
        // ever helps self-hosting, and it already wins: no flip upward, and downward at some point.
        Tornado t = Tornado.of(model());
        assertThat(t.bySaving().get(2).flip().orElseThrow().value()).isCloseTo(1_000 + 32_800 / 12.0, within(1e-9));

        CostModel certainWin =
                Worked.model(Worked.with(Worked.factors(), "utilization", new Range(0.5, 0.5, 1, Shape.UNIFORM)));
        Tornado u = Tornado.of(certainWin);
        assertThat(u.bySaving().getFirst().flip())
                .isPresent()
                .hasValueSatisfying(f -> assertThat(f.value()).isLessThan(0.5));
    }

    private static boolean winsWithPrice(CostModel model, double price) {
        double[] values = model.likely();
        values[2] = price;
        return model.evaluate(values).selfHostWins();
    }
}
