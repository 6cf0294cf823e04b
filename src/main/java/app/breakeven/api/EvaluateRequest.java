package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.SizingChoice;

/**
 * A request to price a scenario. The volume, model and tier are required; the rest
 * default to the article's assumptions (cloud, full utilization, no peak headroom,
 * output prices only, 30-day months). Validation is the planner's, so the API and the
 * dashboard refuse exactly the same inputs, and every bad field is named at once. JSON is
 * read strictly (see application.properties): a quoted number or a numbered deployment or
 * precision is a wrong type, not a value.
 *
 * <p>Naming a {@code gpu} sizes the replica from the model and that GPU instead of taking
 * the article's tier; the tier is still required, as the fallback when the model card lacks
 * a fact sizing needs. The weights default to the model's native precision (BF16 when the
 * card does not give it: the larger format never sizes a replica too small), the KV cache
 * to BF16, the context and the concurrency to {@link SizingChoice}'s defaults. A sizing
 * field without a {@code gpu} is refused on {@code gpu}, not silently dropped.
 *
 * <p>A nested {@code paths} object (see {@link EvaluatePathsRequest}) prices the scenario three
 * ways (API, rented, owned) as well; it needs a {@code gpu}, and is refused on {@code paths}
 * without one.
 */
record EvaluateRequest(
        Double tokensPerDay,
        String model,
        String tier,
        Deployment deployment,
        Double utilization,
        Double peakFactor,
        Double inputShare,
        Integer daysPerMonth,
        Double engineeringMonthly,
        String gpu,
        Precision weights,
        Precision kvCache,
        Integer contextTokens,
        Integer concurrency,
        EvaluatePathsRequest paths) {

    /** The weight format assumed when neither the request nor the model card names one. */
    static final Precision DEFAULT_WEIGHTS = Precision.BF16;

    static final Precision DEFAULT_KV_CACHE = Precision.BF16;

    ScenarioInputs toInputs(Catalogue catalogue) {
        var inputs = new ScenarioInputs(
                tokensPerDay == null ? Double.NaN : tokensPerDay,
                model,
                tier,
                deployment == null ? Deployment.CLOUD : deployment,
                utilization == null ? 1 : utilization,
                peakFactor == null ? 1 : peakFactor,
                inputShare == null ? 0 : inputShare,
                daysPerMonth == null ? 30 : daysPerMonth,
                engineeringMonthly);
        ScenarioInputs sizedInputs = sized() ? inputs.withSizing(sizing(catalogue)) : inputs;
        return paths == null
                ? sizedInputs
                : sizedInputs.withPaths(
                        paths.choice(sizedInputs.inputShare(), sizedInputs.utilization(), sizedInputs.daysPerMonth()));
    }

    /** True when any sizing field is given: the caller asks for a sized replica. */
    boolean sized() {
        return gpu != null || weights != null || kvCache != null || contextTokens != null || concurrency != null;
    }

    private SizingChoice sizing(Catalogue catalogue) {
        return new SizingChoice(
                gpu,
                weights != null ? weights : nativeWeights(catalogue),
                kvCache != null ? kvCache : DEFAULT_KV_CACHE,
                contextTokens == null ? SizingChoice.DEFAULT_CONTEXT : contextTokens,
                concurrency == null ? SizingChoice.DEFAULT_CONCURRENCY : concurrency);
    }

    private Precision nativeWeights(Catalogue catalogue) {
        if (model == null) {
            return DEFAULT_WEIGHTS;
        }
        return catalogue.model(model).map(ModelPrice::getNativePrecision).orElse(DEFAULT_WEIGHTS);
    }
}
