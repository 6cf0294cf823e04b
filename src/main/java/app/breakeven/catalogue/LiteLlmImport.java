package app.breakeven.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model prices from LiteLLM's {@code model_prices_and_context_window.json}: per-token costs
 * times 1,000,000, the context window and the provider; each model listed with what keeps
 * it from being imported, and the chosen ones imported all or none.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ANALYST')")
public class LiteLlmImport {

    static final String LITELLM_SOURCE = "LiteLLM model_prices_and_context_window.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> LITELLM_FIELDS = Map.of(
            "name", "the name",
            "vendor", "litellm_provider",
            "outputPerMillion", "output_cost_per_token per 1M tokens",
            "inputPerMillion", "input_cost_per_token per 1M tokens",
            "cachedInputPerMillion", "cache_read_input_token_cost per 1M tokens",
            "contextWindow", "max_input_tokens");

    private final CatalogueEditing editing;
    private final CatalogueItems items;
    private final Clock clock;

    LiteLlmImport(CatalogueEditing editing, CatalogueItems items, Clock clock) {
        this.editing = editing;
        this.items = items;
        this.clock = clock;
    }

    /** The models in a LiteLLM price file, each with what keeps it from being imported. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ANALYST')")
    public List<LiteLlmEntry> previewLiteLlm(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(CatalogueItems.text(content));
        } catch (JacksonException e) {
            throw new InvalidItemException(
                    List.of(new ItemProblem(0, "file", "is not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidItemException(List.of(
                    new ItemProblem(0, "file", "is not a LiteLLM price file: expected a JSON object of models")));
        }
        List<LiteLlmEntry> entries = new ArrayList<>();
        root.properties().forEach(e -> {
            if (!e.getKey().equals("sample_spec")) {
                entries.add(liteLlmEntry(e.getKey(), e.getValue()));
            }
        });
        return entries;
    }

    private LiteLlmEntry liteLlmEntry(String name, JsonNode node) {
        List<String> problems = new ArrayList<>();
        if (!node.isObject()) {
            return new LiteLlmEntry(name, null, null, null, null, null, false, List.of("is not an object"));
        }
        if (name.isBlank() || name.length() > 120) {
            problems.add("the name must be 1 to 120 characters");
        }
        BigDecimal output = perMillion(node, "output_cost_per_token", problems);
        if (output == null && problems.isEmpty()) {
            problems.add("has no output_cost_per_token");
        }
        BigDecimal input = perMillion(node, "input_cost_per_token", problems);
        BigDecimal cached = perMillion(node, "cache_read_input_token_cost", problems);
        Integer context = null;
        JsonNode max = node.get("max_input_tokens");
        if (max != null && !max.isNull()) {
            if (max.isIntegralNumber() && max.asLong() > 0 && max.asLong() <= Integer.MAX_VALUE) {
                context = max.asInt();
            } else {
                problems.add("max_input_tokens is not a positive whole number");
            }
        }
        JsonNode providerNode = node.get("litellm_provider");
        String provider = providerNode != null && providerNode.isString() ? providerNode.asString() : null;
        if (problems.isEmpty()) {
            problems.addAll(liteLlmBounds(name, provider, input, output, cached, context));
        }
        return new LiteLlmEntry(
                name,
                provider,
                input,
                output,
                cached,
                context,
                items.model(name).isPresent(),
                List.copyOf(problems));
    }

    /** What the catalogue's columns could not hold, named by the file's own fields. */
    private List<String> liteLlmBounds(
            String name, String provider, BigDecimal input, BigDecimal output, BigDecimal cached, Integer context) {
        ModelPrice candidate = new ModelPrice(
                name,
                Objects.requireNonNullElse(provider, "unknown"),
                "Unknown",
                output,
                LITELLM_SOURCE,
                LocalDate.now(clock));
        candidate.setInputPerMillion(input);
        candidate.setCachedInputPerMillion(cached);
        candidate.setContextWindow(context);
        return items.violations(candidate).stream()
                .map(v -> LITELLM_FIELDS.getOrDefault(
                                v.getPropertyPath().toString(),
                                v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .toList();
    }

    private static BigDecimal perMillion(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < 0) {
            problems.add(field + " is not a price of at least 0");
            return null;
        }
        return value.decimalValue().multiply(BigDecimal.valueOf(1_000_000)).stripTrailingZeros();
    }

    /**
     * Imports the chosen models from a LiteLLM price file: new models are created, models
     * already in the catalogue get the file's prices and context window. All or nothing.
     *
     * @throws InvalidItemException when a chosen model is missing from the file or cannot be imported
     */
    @PreAuthorize("hasRole('ANALYST')")
    public int importLiteLlm(byte[] content, Set<String> chosen) {
        Map<String, LiteLlmEntry> byName = new HashMap<>();
        previewLiteLlm(content).forEach(e -> byName.put(e.name(), e));
        List<ItemProblem> problems = new ArrayList<>();
        for (String name : chosen) {
            LiteLlmEntry entry = byName.get(name);
            if (entry == null) {
                problems.add(new ItemProblem(0, name, "is not in the file"));
            } else if (!entry.importable()) {
                problems.add(new ItemProblem(0, name, String.join("; ", entry.problems())));
            }
        }
        if (chosen.isEmpty()) {
            problems.add(new ItemProblem(0, "models", "choose at least one model"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        CatalogueTable<ModelPrice> table = CatalogueTable.MODELS;
        LocalDate today = LocalDate.now(clock);
        for (String name : chosen.stream().sorted().toList()) {
            LiteLlmEntry entry = byName.get(name);
            ModelPrice item = items.model(name).map(table::copyOf).orElseGet(() -> {
                ModelPrice created = new ModelPrice(
                        name,
                        Objects.requireNonNullElse(entry.provider(), "unknown"),
                        "Unknown",
                        entry.outputPerMillion(),
                        LITELLM_SOURCE,
                        today);
                return created;
            });
            item.setOutputPerMillion(entry.outputPerMillion());
            item.setInputPerMillion(entry.inputPerMillion());
            item.setCachedInputPerMillion(entry.cachedInputPerMillion());
            if (entry.contextWindow() != null) {
                item.setContextWindow(entry.contextWindow());
            }
            item.setSource(LITELLM_SOURCE);
            item.setAsOf(today);
            editing.save(CatalogueKind.MODEL, item);
        }
        return chosen.size();
    }
}
