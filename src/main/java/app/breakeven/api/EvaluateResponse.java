package app.breakeven.api;

import app.breakeven.costs.BreakEven;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Verdict;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.ScenarioInputs;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The priced scenario, echoing the inputs used (defaults filled in). Volumes are tokens a
 * day; money is dollars a month rounded to the cent; a break-even that is not reached up
 * to 100B tokens a day is null. A request that names a GPU gets {@code sizing}, the sized
 * replica with its defaults filled in; a request on the article's tier gets no such field,
 * so its answer reads exactly as before sizing existed.
 */
record EvaluateResponse(
        Inputs inputs,
        double tokensPerMonth,
        double blendedPricePerMillion,
        double apiMonthly,
        int deployments,
        double tokensPerDayPerDeployment,
        Range gpuMonthly,
        Range hiddenMonthly,
        Range selfHostMonthly,
        Volumes breakEvenTokensPerDay,
        Volumes breakEvenGpuOnlyTokensPerDay,
        Comparison verdict,
        Comparison verdictGpuOnly,
        @JsonInclude(JsonInclude.Include.NON_NULL) EvaluateSizing sizing,
        @JsonInclude(JsonInclude.Include.NON_NULL) EvaluatePaths paths) {

    static EvaluateResponse of(Plan plan) {
        return of(plan, null);
    }

    /** With the three paths when the request asked for them; without, the answer reads as before. */
    static EvaluateResponse of(Plan plan, EvaluatePaths paths) {
        Evaluation e = plan.evaluation();
        return new EvaluateResponse(
                Inputs.of(plan.inputs()),
                e.tokensPerMonth(),
                e.blendedPerMillion(),
                cents(e.apiMonthly()),
                e.deployments(),
                plan.profile().tokensPerDayPerDeployment(),
                Range.of(e.gpuMonthly()),
                Range.of(e.hiddenMonthly()),
                Range.of(e.selfHostMonthly()),
                Volumes.of(e.breakEven()),
                Volumes.of(e.breakEvenGpuOnly()),
                Comparison.of(e.verdict()),
                Comparison.of(e.verdictGpuOnly()),
                EvaluateSizing.of(plan),
                paths);
    }

    /** The scenario's inputs as a request names them; the sizing choice is echoed in {@code sizing}. */
    record Inputs(
            double tokensPerDay,
            String model,
            String tier,
            Deployment deployment,
            double utilization,
            double peakFactor,
            double inputShare,
            int daysPerMonth,
            Double engineeringMonthly) {

        static Inputs of(ScenarioInputs i) {
            return new Inputs(
                    i.tokensPerDay(),
                    i.model(),
                    i.tier(),
                    i.deployment(),
                    i.utilization(),
                    i.peakFactor(),
                    i.inputShare(),
                    i.daysPerMonth(),
                    i.engineeringMonthly());
        }
    }

    static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }

    record Range(double low, double high) {
        static Range of(CostRange range) {
            return new Range(cents(range.low()), cents(range.high()));
        }
    }

    record Volumes(Double low, Double mid, Double high) {
        static Volumes of(BreakEven b) {
            return new Volumes(finite(b.low()), finite(b.mid()), finite(b.high()));
        }
    }

    /** Who wins and by what factor; factors are null where the loser's cost is unbounded over a zero. */
    record Comparison(Verdict.Winner winner, Double timesLow, Double timesHigh) {
        static Comparison of(Verdict v) {
            return new Comparison(v.winner(), finite(v.timesLow()), finite(v.timesHigh()));
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
