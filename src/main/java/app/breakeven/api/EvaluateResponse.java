package app.breakeven.api;

import app.breakeven.costs.BreakEven;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Verdict;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.ScenarioInputs;

/**
 * The priced scenario, echoing the inputs used (defaults filled in). Volumes are tokens a
 * day; money is dollars a month rounded to the cent; a break-even that is not reached up
 * to 100B tokens a day is null.
 */
record EvaluateResponse(
        ScenarioInputs inputs,
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
        Comparison verdictGpuOnly) {

    static EvaluateResponse of(Plan plan) {
        Evaluation e = plan.evaluation();
        return new EvaluateResponse(
                plan.inputs(),
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
                Comparison.of(e.verdictGpuOnly()));
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
