package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.UncertainModel;
import app.breakeven.scenarios.UncertaintyChoice.RangeChoice;
import app.breakeven.security.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seeded "B, growth" scenario with ranges, against the point figures the studio shows. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class UncertaintyIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    private ScenarioDetails scenario() {
        return scenarios.draft().withName("Uncertain " + System.nanoTime());
    }

    @Test
    void by_default_gpu_and_hidden_costs_carry_the_catalogues_low_high_and_the_rest_is_certain() {
        UncertainModel model = Uncertainty.model(scenario(), catalogueService.catalogue());

        List<Factor> uncertain =
                model.factors().stream().filter(f -> !f.range().certain()).toList();
        assertThat(uncertain)
                .extracting(Factor::key)
                .contains("gpuMonthly")
                .allMatch(k -> k.equals("gpuMonthly") || k.startsWith(Uncertainty.HIDDEN));
        assertThat(model.factors()).extracting(Factor::key).contains("volume", "growth", "apiPrice", "migrationCost");
    }

    @Test
    void with_every_range_closed_on_its_likely_value_the_simulation_is_the_point_projection() {
        ScenarioDetails open = scenario();
        List<RangeChoice> closed = new ArrayList<>();
        for (Factor f : Uncertainty.model(open, catalogueService.catalogue()).factors()) {
            double likely = f.range().likely();
            closed.add(new RangeChoice(f.key(), likely, likely, Shape.TRIANGULAR));
        }
        ScenarioDetails details =
                open.withUncertainty(open.uncertainty().withRanges(closed).withRun(1_000, 3));
        Projection point = Planner.project(details, catalogueService.catalogue());

        Simulation s =
                Uncertainty.simulate(Uncertainty.model(details, catalogueService.catalogue()), details.uncertainty());

        var e = point.plan().evaluation();
        assertThat(s.apiNow().p10()).isEqualTo(e.apiMonthly());
        assertThat(s.apiNow().p90()).isEqualTo(e.apiMonthly());
        assertThat(s.selfHostNow().p50()).isCloseTo(e.selfHostMonthly().mid(), within(1e-6));
        assertThat(s.breakEvenVolume().p50()).isCloseTo(e.breakEven().mid(), within(1e-3));
        int month = point.growth().firstSelfHostCheaperMonth();
        assertThat(s.breakEvenMonth().p50()).isEqualTo(month < 0 ? Double.POSITIVE_INFINITY : month);
    }

    @Test
    void ranges_are_saved_reloaded_and_duplicated_and_a_bad_one_is_named_and_never_saved() {
        ScenarioDetails draft = scenario();
        double volume = draft.inputs().tokensPerDay();
        var ranges = List.of(
                new RangeChoice("volume", volume / 2, volume * 3, Shape.LOG_NORMAL),
                new RangeChoice("utilization", 0.3, 1, Shape.UNIFORM));
        ScenarioDetails saved = scenarios.save(draft.withUncertainty(new UncertaintyChoice(ranges, 20_000, 77)));

        ScenarioDetails reloaded = scenarios.find(saved.id()).orElseThrow();
        assertThat(reloaded.uncertainty()).isEqualTo(new UncertaintyChoice(ranges, 20_000, 77));
        assertThat(scenarios.duplicate(saved.id()).uncertainty()).isEqualTo(reloaded.uncertainty());

        // Low above the likely volume, a log-normal on a bounded input, too few draws: each named.
        var bad = new UncertaintyChoice(
                List.of(
                        new RangeChoice("volume", volume * 2, volume * 3, Shape.TRIANGULAR),
                        new RangeChoice("utilization", 0.3, 1, Shape.LOG_NORMAL)),
                500,
                77);
        assertThatThrownBy(() -> scenarios.save(reloaded.withUncertainty(bad)))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactly("ranges.volume", "ranges.utilization", "draws"));
        assertThat(scenarios.find(saved.id()).orElseThrow().uncertainty().draws())
                .isEqualTo(20_000);
    }
}
