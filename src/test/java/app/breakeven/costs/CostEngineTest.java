package app.breakeven.costs;

import static app.breakeven.costs.ArticleFigures.EIGHT_A100;
import static app.breakeven.costs.ArticleFigures.QWEN3_32B;
import static app.breakeven.costs.ArticleFigures.SMALLEST;
import static app.breakeven.costs.ArticleFigures.TWO_A100;
import static app.breakeven.costs.ArticleFigures.V4_FLASH;
import static app.breakeven.costs.ArticleFigures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.CostRange.Level;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CostEngineTest {

    private static final double CENT = 0.005;

    @Nested
    class TheArticleScenarios {

        @Test
        void scenarioA_costs_7_50_on_the_api_not_the_12_50_the_article_prints() {
            Evaluation a = CostEngine.evaluate(profile(V4_FLASH, SMALLEST, Deployment.CLOUD), 1_000_000);

            assertThat(a.tokensPerMonth()).isEqualTo(30_000_000);
            assertThat(a.apiMonthly()).isCloseTo(7.50, within(CENT));
            assertThat(a.gpuMonthly()).isEqualTo(CostRange.of(400, 800));
        }

        @Test
        void scenarioA_api_wins_by_53x_to_107x_on_gpu_cost_where_the_article_says_32x() {
            Evaluation a = CostEngine.evaluate(profile(V4_FLASH, SMALLEST, Deployment.CLOUD), 1_000_000);

            assertThat(a.verdictGpuOnly().winner()).isEqualTo(Verdict.Winner.API);
            assertThat(a.verdictGpuOnly().timesLow()).isCloseTo(400 / 7.5, within(1e-9));
            assertThat(a.verdictGpuOnly().timesHigh()).isCloseTo(800 / 7.5, within(1e-9));
            // The article's 32x is $400 over its mistaken $12.50: the engine's API bill for the
            // same volume is $7.50 (1M tokens x 30 days x $0.25 per 1M), not $12.50.
            assertThat(a.apiMonthly()).isNotCloseTo(12.50, within(CENT));
        }

        @Test
        void scenarioB_costs_375_on_the_api_against_1000_to_2000_of_gpus_so_the_api_wins_by_2_7x_to_5_3x() {
            Evaluation b = CostEngine.evaluate(profile(V4_FLASH, TWO_A100, Deployment.CLOUD), 50_000_000);

            assertThat(b.tokensPerMonth()).isEqualTo(1.5e9);
            assertThat(b.apiMonthly()).isCloseTo(375.00, within(CENT));
            assertThat(b.deployments())
                    .as("2x A100 80GB handles ~50M tokens/day")
                    .isEqualTo(1);
            assertThat(b.gpuMonthly()).isEqualTo(CostRange.of(1000, 2000));
            assertThat(b.verdictGpuOnly().winner()).isEqualTo(Verdict.Winner.API);
            assertThat(b.verdictGpuOnly().timesLow()).isCloseTo(2.67, within(0.005));
            assertThat(b.verdictGpuOnly().timesHigh()).isCloseTo(5.33, within(0.005));
        }

        @Test
        void scenarioC_costs_3750_on_v4_flash_and_4200_on_qwen3_32b() {
            assertThat(CostEngine.evaluate(profile(V4_FLASH, EIGHT_A100, Deployment.CLOUD), 500_000_000)
                            .apiMonthly())
                    .isCloseTo(3750.00, within(CENT));
            assertThat(CostEngine.evaluate(profile(QWEN3_32B, EIGHT_A100, Deployment.CLOUD), 500_000_000)
                            .apiMonthly())
                    .isCloseTo(4200.00, within(CENT));
        }

        @Test
        void scenarioC_one_8x_a100_deployment_costs_the_articles_4000_to_8000_or_2000_to_4000_owned() {
            CostProfile cloud = profile(V4_FLASH, EIGHT_A100, Deployment.CLOUD);
            CostProfile owned = profile(V4_FLASH, EIGHT_A100, Deployment.ON_PREM);

            assertThat(cloud.selfHostMonthly(1, Level.LOW, false)).isEqualTo(4000);
            assertThat(cloud.selfHostMonthly(1, Level.HIGH, false)).isEqualTo(8000);
            assertThat(owned.selfHostMonthly(1, Level.LOW, false)).isEqualTo(2000);
            assertThat(owned.selfHostMonthly(1, Level.HIGH, false)).isEqualTo(4000);
        }

        @Test
        void hidden_costs_add_up_to_900_to_4900_on_prem_and_700_to_3900_in_the_cloud() {
            Evaluation onPrem = CostEngine.evaluate(profile(V4_FLASH, TWO_A100, Deployment.ON_PREM), 1_000_000);
            Evaluation cloud = CostEngine.evaluate(profile(V4_FLASH, TWO_A100, Deployment.CLOUD), 1_000_000);

            assertThat(onPrem.hiddenMonthly()).isEqualTo(CostRange.of(900, 4900));
            assertThat(cloud.hiddenMonthly()).isEqualTo(CostRange.of(700, 3900));
            assertThat(cloud.selfHostMonthly()).isEqualTo(CostRange.of(1700, 5900));
        }
    }

    @Nested
    class BlendedPrice {

        @Test
        void prices_every_token_as_output_by_default() {
            assertThat(ApiPrice.of(0.28, null).blendedPerMillion(0)).isEqualTo(0.28);
            assertThat(ApiPrice.of(0.28, null).blendedPerMillion(0.7)).isCloseTo(0.28, within(1e-12));
        }

        @Test
        void mixes_input_and_output_prices_by_the_input_share() {
            assertThat(new ApiPrice(2.0, 0.5).blendedPerMillion(0.75))
                    .isCloseTo(0.75 * 0.5 + 0.25 * 2.0, within(1e-12));
        }
    }

    @Nested
    class Deployments {

        @Test
        void steps_up_with_volume_over_capacity_at_the_target_utilization_and_peak() {
            var workload = new Workload(0, 0.5, 2, 30);
            var tier = new GpuTier("t", 100, CostRange.of(1000, 1000), CostRange.of(500, 500));
            var profile = new CostProfile(V4_FLASH, tier, Deployment.CLOUD, workload, List.of());
            double perDeployment = 100 * 86_400 * 0.5 / 2;

            assertThat(profile.tokensPerDayPerDeployment()).isEqualTo(perDeployment);
            assertThat(profile.deployments(0)).isEqualTo(1);
            assertThat(profile.deployments(perDeployment)).isEqualTo(1);
            assertThat(profile.deployments(perDeployment + 1)).isEqualTo(2);
            assertThat(profile.deployments(10 * perDeployment)).isEqualTo(10);
        }

        @Test
        void per_deployment_hidden_costs_scale_with_deployments_and_fixed_ones_do_not() {
            CostProfile onPrem = profile(V4_FLASH, TWO_A100, Deployment.ON_PREM);
            Evaluation three = CostEngine.evaluate(onPrem, 3 * onPrem.tokensPerDayPerDeployment());

            assertThat(three.deployments()).isEqualTo(3);
            assertThat(three.gpuMonthly()).isEqualTo(CostRange.of(1500, 3000));
            assertThat(three.hiddenMonthly()).isEqualTo(CostRange.of(700 + 3 * 200, 3900 + 3 * 1000));
        }
    }

    @Nested
    class BreakEvenVolume {

        @Test
        void is_not_reached_when_a_full_deployment_costs_more_than_the_api_bill_for_what_it_serves() {
            // 50M tokens/day x 30 x $0.25/M = $375 of API for a deployment that costs at least $1,000.
            CostProfile b = profile(V4_FLASH, TWO_A100, Deployment.CLOUD);

            assertThat(BreakEven.reached(b.breakEven(Level.LOW, false))).isFalse();
            assertThat(BreakEven.reached(b.breakEven(Level.LOW, true))).isFalse();
        }

        @Test
        void is_the_exact_volume_where_the_api_bill_reaches_one_deployment() {
            var tier = new GpuTier("big", 10_000, CostRange.of(1000, 2000), CostRange.of(1000, 2000));
            var profile = new CostProfile(ApiPrice.of(1.0, null), tier, Deployment.CLOUD, Workload.ARTICLE, List.of());

            // $1,000 a month at $1/M and 30 days: 33,333,333.3 tokens a day, within one deployment (864M a day).
            assertThat(profile.breakEven(Level.LOW, false)).isCloseTo(1000 / (30 * 1.0 / 1e6), within(1e-3));
            assertThat(profile.breakEven(Level.HIGH, false)).isCloseTo(2000 / (30 * 1.0 / 1e6), within(1e-3));
            assertThat(profile.breakEven(Level.MID, false)).isCloseTo(1500 / (30 * 1.0 / 1e6), within(1e-3));
        }

        @Test
        void skips_bands_where_fixed_costs_are_not_yet_covered() {
            // One deployment serves 1M tokens/day, worth $30 of API a month at $1/M; it costs $10,
            // and $100 a month is fixed. Each deployment adds $20 of margin: 5 deployments cover it.
            var tier = new GpuTier("small", 1e6 / 86_400, CostRange.of(10, 10), CostRange.of(10, 10));
            var fixed =
                    new HiddenCost("fixed", CostRange.of(100, 100), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH);
            var profile =
                    new CostProfile(ApiPrice.of(1.0, null), tier, Deployment.CLOUD, Workload.ARTICLE, List.of(fixed));

            double volume = profile.breakEven(Level.LOW, true);

            assertThat(volume).isCloseTo((5 * 10 + 100) / 30e-6, within(1e-3));
            assertThat(profile.deployments(volume)).isEqualTo(5);
        }

        @Test
        void is_not_reached_beyond_100_billion_tokens_a_day() {
            var tier = new GpuTier("t", 1e9, CostRange.of(1e6, 1e6), CostRange.of(1e6, 1e6));
            // At $0.10/M, $1M a month of GPUs pays off at 333B tokens a day: beyond the search.
            var profile = new CostProfile(ApiPrice.of(0.1, null), tier, Deployment.CLOUD, Workload.ARTICLE, List.of());

            assertThat(profile.breakEven(Level.LOW, false)).isEqualTo(Double.POSITIVE_INFINITY);
            var cheaper = new GpuTier("t", 1e9, CostRange.of(1e5, 1e5), CostRange.of(1e5, 1e5));
            assertThat(new CostProfile(ApiPrice.of(0.1, null), cheaper, Deployment.CLOUD, Workload.ARTICLE, List.of())
                            .breakEven(Level.LOW, false))
                    .isCloseTo(1e5 / 3e-6, within(1.0));
        }
    }

    @Nested
    class Growth {

        @Test
        void compounds_volume_monthly_and_finds_the_first_month_self_hosting_is_cheaper() {
            var tier = new GpuTier("t", 1e4, CostRange.of(1000, 1000), CostRange.of(1000, 1000));
            var profile = new CostProfile(ApiPrice.of(1.0, null), tier, Deployment.CLOUD, Workload.ARTICLE, List.of());
            app.breakeven.costs.Growth growth = CostEngine.grow(profile, 10e6, 0.5, 12);

            assertThat(growth.tokensPerDay()[0]).isEqualTo(10e6);
            assertThat(growth.tokensPerDay()[3]).isCloseTo(10e6 * 1.5 * 1.5 * 1.5, within(1e-6));
            // API at month m: 10M x 1.5^m x 30 / 1M dollars = 300 x 1.5^m; it passes $1,000 at m = 3.
            assertThat(growth.firstSelfHostCheaperMonth()).isEqualTo(3);
            assertThat(growth.apiCumulative()[11]).isCloseTo(sum(growth.apiMonthly()), within(1e-6));
            assertThat(growth.selfHostCumulative()[11]).isCloseTo(sum(growth.selfHostMonthly()), within(1e-6));
        }

        @Test
        void reports_no_month_when_self_hosting_never_gets_cheaper() {
            app.breakeven.costs.Growth growth =
                    CostEngine.grow(profile(V4_FLASH, TWO_A100, Deployment.CLOUD), 50e6, 0.1, 24);

            assertThat(growth.firstSelfHostCheaperMonth()).isEqualTo(-1);
        }

        private double sum(double[] values) {
            double total = 0;
            for (double v : values) {
                total += v;
            }
            return total;
        }
    }

    @Nested
    class BadInput {

        @Test
        void refuses_negative_and_non_finite_volumes() {
            CostProfile b = profile(V4_FLASH, TWO_A100, Deployment.CLOUD);

            assertThatThrownBy(() -> CostEngine.evaluate(b, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CostEngine.evaluate(b, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CostEngine.evaluate(b, Double.POSITIVE_INFINITY))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refuses_utilization_outside_zero_to_one_and_inverted_ranges() {
            assertThatThrownBy(() -> new Workload(0, 0, 1, 30)).hasMessageContaining("utilization");
            assertThatThrownBy(() -> new Workload(0, 1.01, 1, 30)).hasMessageContaining("utilization");
            assertThatThrownBy(() -> new Workload(0, 1, 0.5, 30)).hasMessageContaining("peak");
            assertThatThrownBy(() -> CostRange.of(10, 5)).hasMessageContaining("above");
            assertThatThrownBy(() -> CostRange.of(-1, 5)).hasMessageContaining("negative");
            assertThatThrownBy(() -> ApiPrice.of(-0.1, null)).hasMessageContaining("output price");
        }
    }
}
