package app.breakeven.costs.sizing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model card says about a model's size and attention, as far as it says it: any
 * fact may be {@code null} for "not public". Sizing needs the total parameters, layers,
 * KV heads and head dimension; the bandwidth estimate needs the active parameters too.
 *
 * <p>The KV-cache formula assumes grouped-query (or multi-head) attention. For a model that
 * compresses its cache another way (DeepSeek's multi-head latent attention) enter the
 * equivalent: {@code kvHeads x headDim} values per layer for keys plus as many for values.
 *
 * @param totalParamsB    all parameters, in billions
 * @param activeParamsB   parameters used for one token, in billions: the total for a dense model,
 *                        fewer for a mixture of experts
 * @param layers          transformer layers
 * @param kvHeads         key-value heads per layer
 * @param headDim         dimension of one attention head
 * @param nativePrecision the format the weights are published in
 * @param maxContext      longest context in tokens the model accepts
 */
public record ModelArchitecture(
        Double totalParamsB,
        Double activeParamsB,
        Integer layers,
        Integer kvHeads,
        Integer headDim,
        Precision nativePrecision,
        Integer maxContext) {

    /** Nothing known: sizing answers "unknown" and the caller falls back to the article's tier. */
    public static final ModelArchitecture UNKNOWN = new ModelArchitecture(null, null, null, null, null, null, null);

    public ModelArchitecture {
        positive(totalParamsB, "total parameters (B)");
        positive(activeParamsB, "active parameters (B)");
        positive(layers, "layers");
        positive(kvHeads, "KV heads");
        positive(headDim, "head dimension");
        positive(maxContext, "maximum context");
        if (totalParamsB != null && activeParamsB != null && activeParamsB > totalParamsB) {
            throw new IllegalArgumentException("active parameters (" + activeParamsB
                    + "B) cannot exceed total parameters (" + totalParamsB + "B)");
        }
    }

    /** A dense model: every parameter is active for every token. */
    public static ModelArchitecture dense(
            double paramsB, int layers, int kvHeads, int headDim, Precision nativePrecision, Integer maxContext) {
        return new ModelArchitecture(paramsB, paramsB, layers, kvHeads, headDim, nativePrecision, maxContext);
    }

    /** The facts sizing needs that the card does not give, by name; empty when sizing can answer. */
    public List<String> missingForSizing() {
        List<String> missing = new ArrayList<>(4);
        if (totalParamsB == null) {
            missing.add("total parameters");
        }
        if (layers == null) {
            missing.add("layers");
        }
        if (kvHeads == null) {
            missing.add("KV heads");
        }
        if (headDim == null) {
            missing.add("head dimension");
        }
        return missing;
    }

    /** True when the weights and KV cache can be sized. */
    public boolean knownForSizing() {
        return totalParamsB != null && layers != null && kvHeads != null && headDim != null;
    }

    /** True when a bandwidth estimate of throughput can be made as well. */
    public boolean knownForThroughput() {
        return knownForSizing() && activeParamsB != null;
    }

    /** KV-cache bytes one token takes: keys and values, in every layer, for every KV head. */
    double kvBytesPerToken(Precision kvCache) {
        return 2.0 * layers * kvHeads * headDim * kvCache.bytes();
    }

    private static void positive(Number value, String what) {
        if (value != null && !(value.doubleValue() > 0 && Double.isFinite(value.doubleValue()))) {
            throw new IllegalArgumentException(what + " must be above 0 when known: " + value);
        }
    }
}
