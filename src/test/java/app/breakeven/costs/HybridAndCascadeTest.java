package app.breakeven.costs;

import static app.breakeven.costs.ArticleFigures.HIDDEN;
import static app.breakeven.costs.ArticleFigures.SMALLEST;
import static app.breakeven.costs.ArticleFigures.TWO_A100;
import static app.breakeven.costs.ArticleFigures.V4_FLASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HybridAndCascadeTest {

    private static final GpuTier ROOMY = new GpuTier("roomy", 1e5, CostRange.of(3000, 5000), CostRange.of(3000, 5000));

    private static CostProfile profile(ApiPrice price, GpuTier tier) {
        return new CostProfile(price, tier, Deployment.CLOUD, Workload.ARTICLE, List.of());
    }

    @Test
    void the_hybrid_moves_after_three_months_at_500m_and_pays_the_migration_once() {
        // 100M tokens/day growing 50% a month crosses 500M in month 4 (506M); months 4, 5 and 6
        // hold above it, so the move happens in month 7.
        Growth growth = CostEngine.grow(profile(V4_FLASH, ROOMY), 100e6, 0.5, 12, HybridPolicy.article(20_000));

        assertThat(growth.hybridSwitchMonth()).isEqualTo(7);
        for (int m = 0; m < 7; m++) {
            assertThat(growth.hybridMonthly()[m]).isEqualTo(growth.apiMonthly()[m]);
        }
        assertThat(growth.hybridMonthly()[7]).isEqualTo(growth.selfHostMonthly()[7] + 20_000);
        assertThat(growth.hybridMonthly()[8]).isEqualTo(growth.selfHostMonthly()[8]);
        assertThat(growth.hybridCumulative()[11]).isCloseTo(sum(growth.hybridMonthly()), within(1e-6));
    }

    @Test
    void the_migration_pays_back_in_the_first_month_the_hybrid_is_cumulatively_no_dearer() {
        Growth growth = CostEngine.grow(profile(V4_FLASH, ROOMY), 100e6, 0.5, 24, HybridPolicy.article(20_000));

        int payback = growth.paybackMonth();
        assertThat(payback).isGreaterThanOrEqualTo(growth.hybridSwitchMonth());
        assertThat(growth.hybridCumulative()[payback]).isLessThanOrEqualTo(growth.apiCumulative()[payback]);
        assertThat(growth.hybridCumulative()[payback - 1]).isGreaterThan(growth.apiCumulative()[payback - 1]);
    }

    @Test
    void the_hybrid_never_moves_when_volume_stays_below_the_threshold() {
        Growth growth = CostEngine.grow(profile(V4_FLASH, TWO_A100), 50e6, 0.05, 36, HybridPolicy.article(20_000));

        assertThat(growth.hybridSwitchMonth()).isEqualTo(-1);
        assertThat(growth.paybackMonth()).isEqualTo(-1);
        assertThat(growth.hybridCumulative()).containsExactly(growth.apiCumulative());
    }

    @Test
    void self_host_deployments_step_up_as_volume_grows() {
        Growth growth = CostEngine.grow(
                new CostProfile(V4_FLASH, TWO_A100, Deployment.CLOUD, Workload.ARTICLE, HIDDEN), 50e6, 0.25, 12);

        assertThat(growth.deployments()[0]).isEqualTo(1);
        assertThat(growth.deployments()[11]).isEqualTo((int) Math.ceil(50e6 * Math.pow(1.25, 11) / (579 * 86_400.0)));
        for (int m = 1; m < 12; m++) {
            assertThat(growth.deployments()[m]).isGreaterThanOrEqualTo(growth.deployments()[m - 1]);
            assertThat(growth.selfHostLow()[m]).isLessThanOrEqualTo(growth.selfHostMonthly()[m]);
            assertThat(growth.selfHostHigh()[m]).isGreaterThanOrEqualTo(growth.selfHostMonthly()[m]);
        }
    }

    @Test
    void a_cheap_first_stage_escalating_36_percent_cuts_the_bill_by_the_articles_60_percent() {
        // GLM-4-9B at $0.01/M in front of DeepSeek V4 Flash at $0.25/M.
        double rate = Cascade.escalationRateFor(0.60, 0.01, 0.25);
        assertThat(rate).isCloseTo(0.36, within(1e-12));

        var cascade = new Cascade(List.of(
                new Cascade.Stage("GLM-4-9B", profile(ApiPrice.of(0.01, null), SMALLEST), rate),
                new Cascade.Stage("DeepSeek V4 Flash", profile(V4_FLASH, TWO_A100), 0)));
        Cascade.Result result = cascade.evaluate(50e6);

        assertThat(result.blendedPerMillion()).isCloseTo(0.10, within(1e-12));
        assertThat(result.apiMonthly()).isCloseTo(150.0, within(1e-9));
        assertThat(result.apiMonthlyAllToLast()).isCloseTo(375.0, within(1e-9));
        assertThat(result.apiSavingsShare()).isCloseTo(0.60, within(1e-12));
    }

    @Test
    void a_third_stage_sees_the_product_of_the_escalation_rates() {
        var cascade = new Cascade(List.of(
                new Cascade.Stage("small", profile(ApiPrice.of(0.01, null), SMALLEST), 0.5),
                new Cascade.Stage("medium", profile(ApiPrice.of(0.19, null), SMALLEST), 0.2),
                new Cascade.Stage("large", profile(ApiPrice.of(0.38, null), SMALLEST), 0)));

        assertThat(cascade.reach()).containsExactly(1.0, 0.5, 0.1);
        assertThat(cascade.evaluate(1e6).blendedPerMillion()).isCloseTo(0.01 + 0.5 * 0.19 + 0.1 * 0.38, within(1e-12));
    }

    @Test
    void self_hosted_stages_each_pay_for_their_own_deployments() {
        var cascade = new Cascade(List.of(
                new Cascade.Stage("small", profile(ApiPrice.of(0.01, null), SMALLEST), 0.3),
                new Cascade.Stage("large", profile(V4_FLASH, TWO_A100), 0)));

        Cascade.Result result = cascade.evaluate(50e6);

        // Small model: all 50M on one 7-9B deployment, $600 mid; large: 15M on one 2x A100, $1,500 mid.
        assertThat(result.selfHostMonthly()).isCloseTo(600 + 1500, within(1e-9));
        assertThat(result.selfHostMonthlyAllToLast()).isCloseTo(1500, within(1e-9));
        assertThat(result.selfHostSavingsShare()).isNegative();
    }

    @Test
    void refuses_rates_outside_zero_to_one_and_a_single_stage() {
        assertThatThrownBy(() -> new Cascade.Stage("x", profile(V4_FLASH, SMALLEST), 1.2))
                .hasMessageContaining("escalation rate");
        assertThatThrownBy(() -> new Cascade(List.of(new Cascade.Stage("x", profile(V4_FLASH, SMALLEST), 0))))
                .hasMessageContaining("two stages");
        assertThat(Cascade.escalationRateFor(0.99, 0.2, 0.25)).isNaN();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
