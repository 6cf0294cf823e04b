package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.scenarios.EngineeringTime;
import app.breakeven.scenarios.GrowthPlan;
import app.breakeven.scenarios.HybridRule;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.UncertaintyChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request to simulate a scenario: its {@code inputs} as {@code /evaluate} takes them, the
 * growth and horizon, the migration and the engineering time, and the ranges. Each range is
 * keyed by its input ({@code volume}, {@code growth}, {@code apiPrice}, {@code gpuMonthly},
 * {@code throughput}, {@code utilization}, {@code peakFactor}, {@code engineeringShare},
 * {@code engineerCost}, {@code migrationCost} or {@code hidden:<catalogue category>}); its
 * {@code likely} value defaults to the scenario's own. GPU and hidden costs without a range
 * take the catalogue's low-high. Draws default to 10,000 and the seed to 1.
 */
record SimulateRequest(
        EvaluateRequest inputs,
        Double growthPerMonth,
        Integer horizonMonths,
        Double migrationCost,
        Double engineerMonthlyCost,
        Double engineerShare,
        Map<String, RangeRequest> ranges,
        Integer draws,
        Long seed) {

    /** One input's range; {@code shape} defaults to triangular. */
    record RangeRequest(Double low, Double likely, Double high, Shape shape) {}

    ScenarioDetails toDetails(Catalogue catalogue) {
        List<UncertaintyChoice.RangeChoice> choices = new ArrayList<>();
        for (Map.Entry<String, RangeRequest> e :
                (ranges == null ? Map.<String, RangeRequest>of() : ranges).entrySet()) {
            RangeRequest r = e.getValue() == null ? new RangeRequest(null, null, null, null) : e.getValue();
            choices.add(new UncertaintyChoice.RangeChoice(
                    e.getKey(),
                    r.low() == null ? Double.NaN : r.low(),
                    r.likely(),
                    r.high() == null ? Double.NaN : r.high(),
                    r.shape() == null ? Shape.TRIANGULAR : r.shape()));
        }
        EvaluateRequest in = inputs == null
                ? new EvaluateRequest(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : inputs;
        return new ScenarioDetails(
                null,
                0,
                "API request",
                "",
                in.toInputs(catalogue),
                new GrowthPlan(growthPerMonth == null ? 0 : growthPerMonth, horizon()),
                new EngineeringTime(engineerMonthlyCost, engineerShare),
                // The hybrid's threshold plays no part in the simulation; its months must fit the horizon.
                new HybridRule(500e6, Math.max(1, Math.min(3, horizon())), migrationCost == null ? 0 : migrationCost),
                null,
                new UncertaintyChoice(
                        choices, draws == null ? Simulation.DEFAULT_DRAWS : draws, seed == null ? 1 : seed));
    }

    int horizon() {
        return horizonMonths == null ? 36 : horizonMonths;
    }
}
