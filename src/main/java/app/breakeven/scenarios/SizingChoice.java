package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.sizing.Precision;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's hardware sized from the model and a GPU, instead of the article's tier: the GPU
 * type, the weight and KV-cache formats, and the load a replica must hold. The planner picks
 * the smallest tensor-parallel replica (1, 2, 4 or 8 GPUs) that holds the model and its KV
 * cache, and prices whole replicas.
 *
 * @param gpu           a GPU type in the catalogue
 * @param weights       the weights' format
 * @param kvCache       the KV cache's format
 * @param contextTokens tokens each sequence holds (prompt and output)
 * @param concurrency   sequences a replica serves at once
 */
public record SizingChoice(String gpu, Precision weights, Precision kvCache, int contextTokens, int concurrency) {

    /** A context most chat and RAG requests fit in. */
    public static final int DEFAULT_CONTEXT = 8_192;

    /** Sequences in flight on a replica: enough to keep the GPU busy, few enough to keep latency low. */
    public static final int DEFAULT_CONCURRENCY = 32;

    public static SizingChoice on(String gpu, Precision weights) {
        return new SizingChoice(gpu, weights, Precision.BF16, DEFAULT_CONTEXT, DEFAULT_CONCURRENCY);
    }

    /** Everything wrong with this choice, field by field. */
    List<InputProblem> problems(Catalogue catalogue, Deployment deployment) {
        List<InputProblem> problems = new ArrayList<>();
        if (gpu == null || gpu.isBlank()) {
            problems.add(new InputProblem("gpu", "is required to size from a GPU"));
        } else if (catalogue.gpu(gpu).isEmpty()) {
            problems.add(
                    new InputProblem("gpu", "no GPU type named '" + ScenarioInputs.quoted(gpu) + "' in the catalogue"));
        }
        if (weights == null) {
            problems.add(new InputProblem("weights", "is required: BF16, FP8, INT8 or INT4"));
        }
        if (kvCache == null) {
            problems.add(new InputProblem("kvCache", "is required: BF16, FP8, INT8 or INT4"));
        }
        if (contextTokens < 1 || contextTokens > ScenarioLimits.CONTEXT_MAX_TOKENS) {
            problems.add(new InputProblem(
                    "contextTokens",
                    "must be from 1 to " + ScenarioLimits.shown(String.valueOf(ScenarioLimits.CONTEXT_MAX_TOKENS))
                            + " tokens"));
        }
        if (concurrency < 1 || concurrency > ScenarioLimits.CONCURRENCY_MAX) {
            problems.add(new InputProblem(
                    "concurrency",
                    "must be from 1 to " + ScenarioLimits.shown(String.valueOf(ScenarioLimits.CONCURRENCY_MAX))
                            + " sequences"));
        }
        if (deployment == Deployment.ON_PREM) {
            problems.add(new InputProblem(
                    "deployment",
                    "a replica sized on a GPU is priced as cloud rental; price owned hardware on the article's tiers"));
        }
        return problems;
    }
}
