package app.breakeven.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One model from a LiteLLM {@code model_prices_and_context_window.json}, prices per
 * million tokens (LiteLLM's per-token costs times 1,000,000).
 *
 * @param mode     LiteLLM's mode ("chat", "completion", "embedding", "image_generation", ...), or null when not given
 * @param exists   whether the catalogue already has a model of this name (its prices are updated)
 * @param review   why a price looks implausible for a language model (over $1,000 per 1M tokens), or null;
 *                 such an entry can be imported, but only when picked one by one
 * @param problems what keeps this entry from being imported; empty when it can be
 */
public record LiteLlmEntry(
        String name,
        String provider,
        String mode,
        BigDecimal inputPerMillion,
        BigDecimal outputPerMillion,
        BigDecimal cachedInputPerMillion,
        Integer contextWindow,
        boolean exists,
        String review,
        List<String> problems) {

    /** Modes of models priced by the token for text: LLM APIs, what this catalogue is for. */
    public static final List<String> TEXT_MODES = List.of("chat", "completion", "responses");

    public boolean importable() {
        return problems.isEmpty();
    }

    /** Importable, with prices that need no second look: what "select all" takes. */
    public boolean plausible() {
        return importable() && review == null;
    }

    /** A text model: its mode is chat, completion or responses, or not given (LiteLLM's default is chat). */
    public boolean textModel() {
        return mode == null || TEXT_MODES.contains(mode);
    }
}
