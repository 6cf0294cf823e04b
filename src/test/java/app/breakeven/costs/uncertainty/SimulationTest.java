package app.breakeven.costs.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.ApiPrice;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.GpuTier;
import app.breakeven.costs.Growth;
import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The Monte Carlo on {@link Worked}'s scenario: $15,000 API against $10,600 self-hosted. */
class SimulationTest {

    @Test
    void certain_inputs_reproduce_the_point_engine() {
        // The same scenario through the point engine: GPUs $2,000-4,000 (mid 3,000), hidden
        // $100-300 a deployment (mid 200) and $500-1,500 fixed (mid 1,000).
        var profile = new CostProfile(
                new ApiPrice(10, 0),
                new GpuTier("T", 1_000, new CostRange(2_000, 4_000), new CostRange(2_000, 4_000)),
                Deployment.CLOUD,
                new Workload(0, 0.5, 2, 30),
                List.of(
                        new HiddenCost(
                                "ops", new CostRange(100, 300), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_DEPLOYMENT),
                        new HiddenCost(
                                "mon", new CostRange(500, 1_500), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH)));
        Growth growth = CostEngine.grow(profile, 50e6, 0, 12);
        CostModel model = Worked.model(Worked.factors());

        Simulation s = Simulation.run(model, 1_000, 7);

        double self = profile.selfHostMonthly(50e6, CostRange.Level.MID, true);
        assertThat(self).isEqualTo(10_600);
        // 50M x 0.0003 is $15,000 less a rounding of the last bit, in both engines alike.
        double api = profile.apiMonthly(50e6);
        assertThat(api).isCloseTo(15_000, within(1e-9));
        assertThat(s.apiNow()).isEqualTo(new Simulation.Percentiles(api, api, api));
        assertThat(s.selfHostNow()).isEqualTo(new Simulation.Percentiles(self, self, self));
        // Break-even: margin 0.0003 x 21.6M - 3,200 = 3,280 a deployment, one band:
        // (3,200 + 1,000) / 0.0003 = 14M tokens a day, the point engine's figure to the bit.
        double breakEven = profile.breakEven(CostRange.Level.MID, true);
        assertThat(breakEven).isCloseTo(14e6, within(1e-3));
        assertThat(s.breakEvenVolume()).isEqualTo(new Simulation.Percentiles(breakEven, breakEven, breakEven));
        assertThat(s.breakEvenMonth().p50()).isEqualTo(growth.firstSelfHostCheaperMonth());
        // 12 x 4,400 - 20,000 = 32,800, and the saving to date in month 12 is the same.
        assertThat(s.horizonSaving().p50()).isCloseTo(32_800, within(1e-6));
        assertThat(s.savedToDate().get(11).p90()).isCloseTo(32_800, within(1e-6));
        assertThat(s.probabilityCheaperNow()).isEqualTo(1);
        assertThat(s.probabilitySelfHostWins()).isEqualTo(1);
    }

    @Test
    void a_symmetric_triangular_price_puts_the_median_api_bill_at_its_likely_value() {
        CostModel model = Worked.model(Worked.with(Worked.factors(), "price", Range.triangular(5, 10, 15)));

        Simulation s = Simulation.run(model, 10_000, 42);

        // The API bill is 1,500 x price: its median is 1,500 x the price's median, 10, = 15,000.
        // The price's standard deviation is sqrt((25 + 100 + 225 - 50 - 75 - 150) / 18) = 2.04,
        // so a sample median of 10,000 draws strays by about 1.25 x 2.04 x 1,500 / 100 = $38:
        // within 1% ($150) is about four standard errors.
        assertThat(s.apiNow().p50()).isCloseTo(15_000, within(150.0));
        assertThat(s.apiNow().p10()).isLessThan(s.apiNow().p50());
        assertThat(s.apiNow().p90()).isGreaterThan(s.apiNow().p50());
    }

    @Test
    void the_probability_is_0_or_1_where_every_draw_agrees() {
        // Price $8-12: the API costs $12,000-18,000, always above $10,600 self-hosted.
        var always = Simulation.run(
                Worked.model(Worked.with(Worked.factors(), "price", Range.triangular(8, 10, 12))), 2_000, 1);
        assertThat(always.probabilityCheaperNow()).isEqualTo(1);
        // Price $1-3: $1,500-4,500, always below.
        var never = Simulation.run(
                Worked.model(Worked.with(Worked.factors(), "price", Range.triangular(1, 2, 3))), 2_000, 1);
        assertThat(never.probabilityCheaperNow()).isZero();
        assertThat(never.probabilityCheaperByMonth()).containsOnly(0.0);
        assertThat(never.breakEvenMonths().beyond()).isEqualTo(2_000);
    }

    @Test
    void the_same_seed_gives_the_same_figures_and_shared_inputs_share_their_draws() {
        List<Factor> priced = Worked.with(Worked.factors(), "price", Range.triangular(5, 10, 15));
        Simulation a = Simulation.run(Worked.model(priced), 5_000, 99);
        Simulation b = Simulation.run(Worked.model(priced), 5_000, 99);
        assertThat(b.horizonSaving()).isEqualTo(a.horizonSaving());
        assertThat(b.savedToDate()).isEqualTo(a.savedToDate());
        assertThat(b.breakEvenVolumes().counts())
                .containsExactly(a.breakEvenVolumes().counts());
        assertThat(Simulation.run(Worked.model(priced), 5_000, 100).apiNow()).isNotEqualTo(a.apiNow());

        // A second scenario with an uncertain GPU price as well: the API bill depends on the
        // price alone, and the price draws are the same, so its percentiles are identical.
        Simulation c = Simulation.run(
                Worked.model(Worked.with(priced, "gpu", Range.triangular(2_000, 3_000, 4_000))), 5_000, 99);
        assertThat(c.apiNow()).isEqualTo(a.apiNow());
        assertThat(c.selfHostNow()).isNotEqualTo(a.selfHostNow());
    }

    @Test
    void histograms_count_every_draw_once() {
        Simulation s = Simulation.run(
                Worked.model(Worked.with(Worked.factors(), "price", Range.triangular(2, 6, 20))), 3_000, 5);
        int volumes = java.util.Arrays.stream(s.breakEvenVolumes().counts()).sum();
        int months = java.util.Arrays.stream(s.breakEvenMonths().counts()).sum();
        assertThat(volumes + s.breakEvenVolumes().beyond()).isEqualTo(3_000);
        assertThat(months + s.breakEvenMonths().beyond()).isEqualTo(3_000);
        // Below 3,200 / (21.6M x 30 / 1M) = $4.94 per 1M no deployment ever pays for itself; a
        // triangular 2-6-20 price is below it with probability (4.94 - 2)^2 / (18 x 4) = 12%, so
        // about 360 draws never break even, and a never-reached volume is the largest: P90 is
        // "not reached" while P10 is a volume.
        assertThat(s.breakEvenVolumes().beyond()).isBetween(300, 420);
        assertThat(s.breakEvenVolume().p90()).isInfinite();
        assertThat(s.breakEvenVolume().p10()).isFinite();
    }

    @Test
    void a_run_reports_progress_and_stops_when_cancelled() {
        CostModel model = Worked.model(Worked.with(Worked.factors(), "price", Range.triangular(5, 10, 15)));
        List<Integer> done = new ArrayList<>();
        Simulation.run(model, 3_000, 1, done::add, () -> false);
        assertThat(done).containsExactly(1_000, 2_000, 3_000);

        assertThatThrownBy(() -> Simulation.run(model, 3_000, 1, d -> {}, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> Simulation.run(model, 999, 1)).hasMessageContaining("from 1,000 to 100,000");
    }
}
