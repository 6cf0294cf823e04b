package app.breakeven.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model prices from LiteLLM's {@code model_prices_and_context_window.json}: per-token costs
 * times 1,000,000, the context window, the provider and the mode; each model listed with what
 * keeps it from being imported and any price that looks implausible, and the chosen ones
 * imported all or none, in one batch (LiteLLM's full list of about 2,500 models in seconds).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ANALYST')")
public class LiteLlmImport {

    static final String LITELLM_SOURCE = "LiteLLM model_prices_and_context_window.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Above this per 1M tokens a price is flagged for review: the dearest language model APIs
     * charge a few hundred dollars per 1M output tokens, so a higher figure is more likely a
     * per-request, per-image or per-hour price entered per token.
     */
    static final BigDecimal IMPLAUSIBLE_PER_MILLION = BigDecimal.valueOf(1_000);

    /** The catalogue keeps prices per 1M tokens to six decimals. */
    private static final int PRICE_SCALE = 6;

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
        return entries(
                content, items.<ModelPrice>known(CatalogueKind.MODEL).byKey().keySet());
    }

    /** The file's models, each marked new or existing against the names already in the catalogue. */
    private List<LiteLlmEntry> entries(byte[] content, Set<String> existing) {
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
                entries.add(liteLlmEntry(e.getKey(), e.getValue(), existing));
            }
        });
        return entries;
    }

    private LiteLlmEntry liteLlmEntry(String name, JsonNode node, Set<String> existing) {
        List<String> problems = new ArrayList<>();
        if (!node.isObject()) {
            return new LiteLlmEntry(name, null, null, null, null, null, null, false, null, List.of("is not an object"));
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
            // LiteLLM writes some whole numbers as decimals: 2000000.0 is 2,000,000.
            BigDecimal tokens = max.isNumber() ? max.decimalValue().stripTrailingZeros() : null;
            if (tokens != null
                    && tokens.scale() <= 0
                    && tokens.signum() > 0
                    && tokens.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                context = tokens.intValueExact();
            } else {
                problems.add("max_input_tokens is not a positive whole number");
            }
        }
        String provider = text(node, "litellm_provider");
        String mode = text(node, "mode");
        if (problems.isEmpty()) {
            problems.addAll(liteLlmBounds(name, provider, input, output, cached, context));
        }
        return new LiteLlmEntry(
                name,
                provider,
                mode,
                input,
                output,
                cached,
                context,
                existing.contains(name.strip()),
                problems.isEmpty() ? review(input, output, cached) : null,
                List.copyOf(problems));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank()
                ? value.asString().strip()
                : null;
    }

    /** Why these prices deserve a second look before they are imported, or null. */
    private static String review(BigDecimal input, BigDecimal output, BigDecimal cached) {
        List<String> high = new ArrayList<>();
        if (input != null && input.compareTo(IMPLAUSIBLE_PER_MILLION) > 0) {
            high.add("input $" + input.toPlainString());
        }
        if (output.compareTo(IMPLAUSIBLE_PER_MILLION) > 0) {
            high.add("output $" + output.toPlainString());
        }
        if (cached != null && cached.compareTo(IMPLAUSIBLE_PER_MILLION) > 0) {
            high.add("cached input $" + cached.toPlainString());
        }
        return high.isEmpty()
                ? null
                : String.join(", ", high) + " per 1M tokens is above $1,000: check it is a per-token price";
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
        // Kept to the catalogue's six decimals: LiteLLM's binary floats (3.0000000000000004e-06)
        // would otherwise differ from what is saved, and every import would change every price.
        return value.decimalValue()
                .multiply(BigDecimal.valueOf(1_000_000))
                .setScale(PRICE_SCALE, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * Imports the chosen models from a LiteLLM price file: new models are created, models
     * already in the catalogue get the file's prices and context window. All or nothing, in
     * one batch.
     *
     * @return how many models were created and how many changed (a model whose prices are already the file's is not)
     * @throws InvalidItemException when a chosen model is missing from the file or cannot be imported
     */
    @PreAuthorize("hasRole('ANALYST')")
    public CatalogueEditing.Saved importLiteLlm(byte[] content, Set<String> chosen) {
        Map<String, ModelPrice> saved =
                items.<ModelPrice>known(CatalogueKind.MODEL).byKey();
        Map<String, LiteLlmEntry> byName = new HashMap<>();
        entries(content, saved.keySet()).forEach(e -> byName.put(e.name(), e));
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
        List<ModelPrice> changed = new ArrayList<>();
        for (String name : chosen.stream().sorted().toList()) {
            LiteLlmEntry entry = byName.get(name);
            ModelPrice item = Optional.ofNullable(saved.get(name.strip()))
                    .map(table::copyOf)
                    .orElseGet(() -> new ModelPrice(
                            name,
                            Objects.requireNonNullElse(entry.provider(), "unknown"),
                            "Unknown",
                            entry.outputPerMillion(),
                            LITELLM_SOURCE,
                            today));
            item.setOutputPerMillion(entry.outputPerMillion());
            item.setInputPerMillion(entry.inputPerMillion());
            item.setCachedInputPerMillion(entry.cachedInputPerMillion());
            if (entry.contextWindow() != null) {
                item.setContextWindow(entry.contextWindow());
            }
            item.setSource(LITELLM_SOURCE);
            item.setAsOf(today);
            changed.add(item);
        }
        return editing.saveAll(CatalogueKind.MODEL, changed);
    }
}
