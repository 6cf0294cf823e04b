package app.breakeven.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One model from a LiteLLM {@code model_prices_and_context_window.json}, prices per
 * million tokens (LiteLLM's per-token costs times 1,000,000).
 *
 * @param exists   whether the catalogue already has a model of this name (its prices are updated)
 * @param problems what keeps this entry from being imported; empty when it can be
 */
public record LiteLlmEntry(
        String name,
        String provider,
        BigDecimal inputPerMillion,
        BigDecimal outputPerMillion,
        BigDecimal cachedInputPerMillion,
        Integer contextWindow,
        boolean exists,
        List<String> problems) {

    public boolean importable() {
        return problems.isEmpty();
    }
}
