package app.breakeven.api;

import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.economics.Load;
import app.breakeven.scenarios.OwnershipOverrides;
import app.breakeven.scenarios.PathsChoice;

/**
 * The three paths' terms in a request, as one nested {@code paths} object (a flat list would
 * double the request's fields and mix them with the article's). Every field is optional:
 * input and output tokens a request split 1,000 tokens by the request's {@code inputShare};
 * nothing cached or batched; active hours are the month's days x 24 (at most 730); headroom is
 * the request's {@code utilization}; always on; one replica, no spare; no people or one-offs;
 * fully loaded; the catalogue's ownership assumptions; one-offs spread over 36 months.
 * Problems name the field inside {@code paths} ({@code headroom}, {@code pue}) or
 * {@code paths} itself when the replica is not sized from a GPU.
 */
record EvaluatePathsRequest(
        Double inputTokensPerRequest,
        Double outputTokensPerRequest,
        Double cachedInputShare,
        Double batchShare,
        Double activeHoursPerMonth,
        Double headroom,
        BillingMode billing,
        Double runtimeBuffer,
        Integer minimumReplicas,
        Boolean spare,
        Double loadedMonthlyPerFte,
        Double apiOpsFte,
        Double rentedOpsFte,
        Double ownedOpsFte,
        Double apiImplementation,
        Double rentedImplementation,
        Double ownedImplementation,
        CostLens lens,
        OwnershipOverrides ownership,
        Integer horizonMonths) {

    static final int DEFAULT_HORIZON_MONTHS = 36;
    static final double TOKENS_SPLIT = 1_000;

    int horizon() {
        return horizonMonths == null ? DEFAULT_HORIZON_MONTHS : horizonMonths;
    }

    PathsChoice choice(double inputShare, double utilization, int daysPerMonth) {
        double share = Double.isFinite(inputShare) ? inputShare : 0;
        double input = inputTokensPerRequest != null ? inputTokensPerRequest : Math.rint(TOKENS_SPLIT * share);
        double output = outputTokensPerRequest != null
                ? outputTokensPerRequest
                : TOKENS_SPLIT - Math.rint(TOKENS_SPLIT * share);
        return new PathsChoice(
                input,
                output,
                or(cachedInputShare, 0),
                or(batchShare, 0),
                activeHoursPerMonth != null
                        ? activeHoursPerMonth
                        : Math.min(Load.HOURS_PER_MONTH, 24.0 * Math.max(1, daysPerMonth)),
                headroom != null ? headroom : utilization,
                billing != null ? billing : BillingMode.ALWAYS_ON,
                or(runtimeBuffer, 0),
                minimumReplicas != null ? minimumReplicas : 1,
                spare != null && spare,
                or(loadedMonthlyPerFte, 0),
                or(apiOpsFte, 0),
                or(rentedOpsFte, 0),
                or(ownedOpsFte, 0),
                or(apiImplementation, 0),
                or(rentedImplementation, 0),
                or(ownedImplementation, 0),
                lens != null ? lens : CostLens.FULLY_LOADED,
                ownership == null || !ownership.any() ? null : ownership);
    }

    private static double or(Double value, double otherwise) {
        return value == null ? otherwise : value;
    }
}
