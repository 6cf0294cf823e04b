package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Verdict;
import app.breakeven.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The article's numbers, computed from the catalogue as Flyway seeds it into PostgreSQL. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ArticleScenariosIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    private Evaluation evaluate(String scenario) {
        Catalogue catalogue = catalogueService.catalogue();
        return Planner.plan(scenarios.inputs(scenario).orElseThrow(), catalogue).evaluation();
    }

    @Test
    void scenario_a_is_7_50_a_month_on_the_api_against_400_to_800_of_gpus() {
        Evaluation a = evaluate("A, early stage");

        assertThat(a.apiMonthly()).isCloseTo(7.50, within(0.005));
        assertThat(a.gpuMonthly()).isEqualTo(CostRange.of(400, 800));
        assertThat(a.verdictGpuOnly().winner()).isEqualTo(Verdict.Winner.API);
        assertThat(a.verdictGpuOnly().timesLow()).isCloseTo(53.33, within(0.01));
    }

    @Test
    void scenario_b_is_375_against_1000_to_2000_on_one_2x_a100_deployment() {
        Evaluation b = evaluate("B, growth");

        assertThat(b.apiMonthly()).isCloseTo(375.00, within(0.005));
        assertThat(b.deployments()).isEqualTo(1);
        assertThat(b.gpuMonthly()).isEqualTo(CostRange.of(1000, 2000));
        assertThat(b.hiddenMonthly()).isEqualTo(CostRange.of(700, 3900));
        assertThat(b.verdictGpuOnly().timesLow()).isCloseTo(2.67, within(0.005));
        assertThat(b.verdictGpuOnly().timesHigh()).isCloseTo(5.33, within(0.005));
    }

    @Test
    void scenario_c_is_3750_on_v4_flash_and_4200_on_qwen3_32b() {
        ScenarioInputs c = scenarios.inputs("C, enterprise").orElseThrow();
        Catalogue catalogue = catalogueService.catalogue();

        assertThat(Planner.plan(c, catalogue).evaluation().apiMonthly()).isCloseTo(3750.00, within(0.005));
        assertThat(Planner.plan(c.withModel("Qwen3-32B"), catalogue)
                        .evaluation()
                        .apiMonthly())
                .isCloseTo(4200.00, within(0.005));
    }

    @Test
    void hidden_costs_are_900_to_4900_on_prem_and_700_to_3900_in_the_cloud() {
        ScenarioInputs b = scenarios.inputs("B, growth").orElseThrow();
        Catalogue catalogue = catalogueService.catalogue();

        assertThat(Planner.plan(b.withDeployment(Deployment.ON_PREM), catalogue)
                        .evaluation()
                        .hiddenMonthly())
                .isEqualTo(CostRange.of(900, 4900));
        assertThat(Planner.plan(b.withDeployment(Deployment.CLOUD), catalogue)
                        .evaluation()
                        .hiddenMonthly())
                .isEqualTo(CostRange.of(700, 3900));
    }

    @Test
    void the_2x_a100_tier_carries_the_articles_50m_tokens_a_day() {
        ScenarioInputs b = scenarios.inputs("B, growth").orElseThrow();

        assertThat(Planner.plan(b, catalogueService.catalogue()).profile().tokensPerDayPerDeployment())
                .isGreaterThanOrEqualTo(50e6)
                .isLessThan(50.1e6);
    }

    @Test
    void refuses_inputs_naming_what_is_wrong_and_computes_nothing() {
        ScenarioInputs bad = new ScenarioInputs(-1, "No such model", "27-32B", Deployment.CLOUD, 1.5, 1, 0, 30, null);

        assertThatThrownBy(() -> Planner.plan(bad, catalogueService.catalogue()))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactlyInAnyOrder("tokensPerDay", "model", "utilization"));
    }
}
