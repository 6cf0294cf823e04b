package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Saved scenarios on real PostgreSQL: create, edit, copy, delete, conflicts, and what they compute. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ScenarioServiceIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    private ScenarioDetails newSaved(String name) {
        return scenarios.save(scenarios.draft().withName(name));
    }

    private static List<String> fields(InvalidInputsException e) {
        return e.problems().stream().map(InputProblem::field).toList();
    }

    @Test
    void creates_renames_duplicates_and_deletes() {
        ScenarioDetails created = newSaved("Lifecycle");
        assertThat(created.id()).isNotNull();
        assertThat(scenarios.list()).extracting(ScenarioSummary::name).contains("Lifecycle");

        ScenarioDetails renamed = scenarios.save(created.withName("Lifecycle, renamed"));
        assertThat(renamed.version()).isGreaterThan(created.version());
        assertThat(scenarios.find(created.id()).orElseThrow().name()).isEqualTo("Lifecycle, renamed");

        ScenarioDetails copy = scenarios.duplicate(created.id());
        assertThat(copy.id()).isNotEqualTo(created.id());
        assertThat(copy.name()).isEqualTo("Lifecycle, renamed (copy)");
        assertThat(copy.inputs()).isEqualTo(renamed.inputs());
        assertThat(scenarios.duplicate(created.id()).name()).isEqualTo("Lifecycle, renamed (copy) 2");

        scenarios.delete(copy.id(), copy.version());
        assertThat(scenarios.find(copy.id())).isEmpty();
    }

    @Test
    void a_new_draft_starts_from_the_articles_hybrid_rule_and_a_free_name() {
        ScenarioDetails first = scenarios.draft();
        scenarios.save(first);

        ScenarioDetails second = scenarios.draft();

        assertThat(first.hybrid().threshold()).isEqualTo(500e6);
        assertThat(first.hybrid().months()).isEqualTo(3);
        assertThat(second.name()).isNotEqualTo(first.name());
        assertThat(second.problems(catalogueService.catalogue())).isEmpty();
    }

    @Test
    void keeps_every_input_exactly_as_saved() {
        ScenarioDetails draft = scenarios
                .draft()
                .withName("Round trip")
                .withInputs(scenarios
                        .draft()
                        .inputs()
                        .withTokensPerDay(123_000_000)
                        .withDeployment(Deployment.ON_PREM)
                        .withUtilization(0.65)
                        .withPeakFactor(1.5))
                .withGrowth(0.125, 36)
                .withEngineering(44_000.0, 0.25)
                .withHybrid(400e6, 4, 25_000)
                .withConditions(new Conditions(true, false, true, false));

        ScenarioDetails saved = scenarios.save(draft);

        ScenarioDetails read = scenarios.find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.inputs()).isEqualTo(draft.inputs());
        assertThat(read.growth().perMonth()).isEqualTo(0.125);
        assertThat(read.engineering().engineerMonthlyCost()).isEqualTo(44_000.0);
        assertThat(read.conditions()).isEqualTo(new Conditions(true, false, true, false));
    }

    @Test
    void a_second_save_from_a_stale_copy_is_refused_with_the_other_version() {
        ScenarioDetails mine = newSaved("Contested");
        ScenarioDetails theirs = scenarios.find(mine.id()).orElseThrow();
        ScenarioDetails theirsSaved = scenarios.save(theirs.withGrowth(0.3, 24));

        assertThatThrownBy(() -> scenarios.save(mine.withGrowth(0.05, 24)))
                .isInstanceOfSatisfying(ScenarioConflictException.class, e -> {
                    assertThat(e.current().growth().perMonth()).isEqualTo(0.3);
                    assertThat(e.current().version()).isEqualTo(theirsSaved.version());
                });
        assertThat(scenarios.find(mine.id()).orElseThrow().growth().perMonth()).isEqualTo(0.3);
        assertThatThrownBy(() -> scenarios.delete(mine.id(), mine.version()))
                .isInstanceOf(ScenarioConflictException.class);
    }

    @Test
    void refuses_impossible_combinations_and_changes_nothing() {
        ScenarioDetails saved = newSaved("Guarded");

        assertThatThrownBy(() -> scenarios.save(saved.withGrowth(0.1, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class, e -> assertThat(fields(e)).contains("horizonMonths"));
        assertThatThrownBy(() -> scenarios.save(saved.withGrowth(0.1, 6).withHybrid(500e6, 12, 0)))
                .isInstanceOfSatisfying(InvalidInputsException.class, e -> {
                    assertThat(fields(e)).containsExactly("hybridMonths");
                    assertThat(e.problems().getFirst().message()).contains("longer than the horizon");
                });
        assertThatThrownBy(() -> scenarios.save(saved.withEngineering(44_000.0, null)))
                .isInstanceOf(InvalidInputsException.class);
        ScenarioDetails sibling = newSaved("Guarded sibling");
        assertThatThrownBy(() -> scenarios.save(saved.withName(sibling.name())))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("already named"));
        assertThatThrownBy(() -> Planner.route(
                        saved.inputs(),
                        List.of("GLM-4-9B", "DeepSeek V4 Flash"),
                        List.of(1.5),
                        catalogueService.catalogue()))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class, e -> assertThat(fields(e)).containsExactly("escalationRates[0]"));

        assertThat(scenarios.find(saved.id()).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void a_price_too_large_to_compute_is_refused_rather_than_shown_as_infinite() {
        Catalogue stored = catalogueService.catalogue();
        ModelPrice absurd =
                CatalogueTable.MODELS.copyOf(stored.model("Qwen3-8B").orElseThrow());
        absurd.setOutputPerMillion(new BigDecimal("1e308"));
        Catalogue catalogue = stored.with(absurd);
        ScenarioInputs inputs = scenarios.draft().inputs().withModel("Qwen3-8B").withTokensPerDay(100e9);

        assertThatThrownBy(() -> Planner.plan(inputs, catalogue))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class, e -> assertThat(fields(e)).containsExactly("tokensPerDay"));
    }

    @Test
    void a_scenarios_engineering_time_replaces_the_catalogues_devops_category() {
        Catalogue catalogue = catalogueService.catalogue();
        ScenarioDetails b =
                scenarios.draft().withInputs(scenarios.inputs("B, growth").orElseThrow());

        Projection catalogueDevOps = Planner.project(b, catalogue);
        Projection ownEngineer = Planner.project(b.withEngineering(44_000.0, 0.25), catalogue);

        assertThat(catalogueDevOps.plan().evaluation().hiddenMonthly()).isEqualTo(CostRange.of(700, 3900));
        // $700-3,900 less the $500-3,000 of DevOps, plus a quarter of $44,000.
        assertThat(ownEngineer.plan().evaluation().hiddenMonthly()).isEqualTo(CostRange.of(200 + 11_000, 900 + 11_000));
        assertThat(ownEngineer.breakdown())
                .extracting(CostLine::name)
                .contains(Catalogue.SCENARIO_ENGINEERING)
                .doesNotContain("DevOps engineer time (partial)");
    }

    @Test
    void the_roi_check_sets_savings_against_engineering_time() {
        Catalogue catalogue = catalogueService.catalogue();
        // Scenario C on-prem on Qwen3-32B's price with a quarter of a $44,000 engineer: the article's $11,000.
        ScenarioDetails c = scenarios
                .draft()
                .withInputs(scenarios
                        .inputs("C, enterprise")
                        .orElseThrow()
                        .withModel("Qwen3-32B")
                        .withTier("27-32B")
                        .withDeployment(Deployment.ON_PREM))
                .withEngineering(44_000.0, 0.25);

        Roi roi = Planner.project(c, catalogue).roi();

        assertThat(roi.engineering()).isEqualTo(11_000);
        assertThat(roi.apiMonthly()).isCloseTo(4200, within(0.005));
        assertThat(roi.saved()).isCloseTo(roi.apiMonthly() - roi.selfHostWithoutEngineering(), within(1e-9));
        assertThat(roi.net()).isCloseTo(roi.saved() - 11_000, within(1e-9));
        assertThat(roi.net()).isNegative();
    }

    @Test
    void recommends_api_first_below_the_threshold_and_self_hosting_under_compliance() {
        Catalogue catalogue = catalogueService.catalogue();
        ScenarioDetails b =
                scenarios.draft().withInputs(scenarios.inputs("B, growth").orElseThrow());

        Decision api = Planner.project(b, catalogue).decision();
        Decision compliance = Planner.project(b.withConditions(new Conditions(true, false, false, false)), catalogue)
                .decision();
        Decision latency = Planner.project(b.withConditions(new Conditions(false, false, false, true)), catalogue)
                .decision();

        assertThat(api.recommendation()).isEqualTo(Decision.Recommendation.API_FIRST);
        assertThat(api.reasons()).anyMatch(r -> r.contains("500M tokens/day"));
        assertThat(compliance.recommendation()).isEqualTo(Decision.Recommendation.SELF_HOST);
        assertThat(compliance.reasons().getFirst()).contains("Compliance");
        assertThat(latency.recommendation()).isEqualTo(Decision.Recommendation.EVALUATE);
        assertThat(latency.reasons()).anyMatch(r -> r.contains("50 ms"));
    }

    @Test
    void routing_on_the_articles_models_finds_the_60_percent_cut_at_36_percent_escalation() {
        ScenarioInputs b = scenarios.inputs("B, growth").orElseThrow();

        Routing routing =
                Planner.route(b, List.of("GLM-4-9B", "DeepSeek V4 Flash"), List.of(0.36), catalogueService.catalogue());

        assertThat(routing.rateForArticleCut()).isCloseTo(0.36, within(1e-12));
        assertThat(routing.result().apiSavingsShare()).isCloseTo(0.60, within(1e-12));
        // Each model self-hosts on the smallest tier that holds it: GLM-4-9B (9B) on 7-9B,
        // DeepSeek V4 Flash (284B total) on 200B+.
        assertThat(routing.tiers()).containsExactly("7-9B", "200B+");
    }

    @Test
    void every_model_is_priced_at_the_volume_and_mapped_against_every_tier() {
        ScenarioInputs b = scenarios.inputs("B, growth").orElseThrow();
        Catalogue catalogue = catalogueService.catalogue();

        List<ModelCost> models = Planner.compareModels(b, catalogue);
        BreakEvenMap map = Planner.breakEvenMap(b, catalogue);

        assertThat(models).hasSize(catalogue.models().size());
        assertThat(models)
                .filteredOn(m -> m.model().equals("Qwen3-8B"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.apiMonthly()).isCloseTo(15.0, within(1e-9));
                    assertThat(m.hardware()).isEqualTo("7-9B");
                });
        assertThat(map.volumes()).hasNumberOfRows(catalogue.models().size());
        int v32 = map.models().indexOf("DeepSeek V3.2");
        assertThat(map.volumes()[v32][map.columns().indexOf("7-9B")])
                .as("a 671B model does not fit 7-9B")
                .isNaN();
    }
}
