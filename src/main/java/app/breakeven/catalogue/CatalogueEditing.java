package app.breakeven.catalogue;

import app.breakeven.catalogue.CatalogueChange.Action;
import app.breakeven.catalogue.CatalogueTable.ColumnProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import app.breakeven.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes to the catalogue: edits with optimistic locking, deletes that are refused while
 * scenarios use the item, CSV and LiteLLM imports that apply all rows or none, and a
 * history entry for every change.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CatalogueEditing {

    /** Uploads larger than this are refused before they are read: 5 MB. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** Prices older than this are flagged as stale. */
    public static final int STALE_AFTER_DAYS = 90;
    static final String LITELLM_SOURCE = "LiteLLM model_prices_and_context_window.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> RULE_COLUMNS = Map.of(
            "estimateRangeValid", "self_host_estimate_high",
            "parameterCountValid", "params_active_billions",
            "cloudRangeValid", "cloud_monthly_high",
            "onPremRangeValid", "on_prem_monthly_high",
            "rangeValid", "monthly_high");

    private static final Map<String, String> LITELLM_FIELDS = Map.of(
            "name", "the name",
            "vendor", "litellm_provider",
            "outputPerMillion", "output_cost_per_token per 1M tokens",
            "inputPerMillion", "input_cost_per_token per 1M tokens",
            "cachedInputPerMillion", "cache_read_input_token_cost per 1M tokens",
            "contextWindow", "max_input_tokens");

    private final ModelPriceRepository models;
    private final HardwareTierRepository tiers;
    private final HiddenCostCategoryRepository hiddenCosts;
    private final CatalogueChangeRepository changes;
    private final Validator validator;
    private final List<ItemUsage> usages;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogueEditing(ModelPriceRepository models, HardwareTierRepository tiers,
            HiddenCostCategoryRepository hiddenCosts, CatalogueChangeRepository changes, Validator validator,
            List<ItemUsage> usages, CurrentUser currentUser, Clock clock) {
        this.models = models;
        this.tiers = tiers;
        this.hiddenCosts = hiddenCosts;
        this.changes = changes;
        this.validator = validator;
        this.usages = usages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public <T extends CatalogueEntry> List<T> items(CatalogueKind kind) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        return this.<T>repository(kind).findAll().stream()
                .sorted((a, b) -> table.key(a).compareToIgnoreCase(table.key(b)))
                .toList();
    }

    /** Whether a figure's as-of date is more than {@value #STALE_AFTER_DAYS} days ago. */
    public boolean isStale(CatalogueEntry entry) {
        return entry.getAsOf() != null && entry.getAsOf().isBefore(LocalDate.now(clock).minusDays(STALE_AFTER_DAYS));
    }

    /**
     * Saves a new item (no id) or an edited copy of one (the id and version it was read at).
     *
     * @return a fresh copy of what is saved, with its new version
     * @throws InvalidItemException       naming each bad field; nothing is written
     * @throws CatalogueConflictException when someone else changed or deleted it since it was read
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> T save(CatalogueKind kind, T edited) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<ItemProblem> problems = problems(table, edited, 0);
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        JpaRepository<T, Long> repository = repository(kind);
        if (edited.getId() == null) {
            T created = table.newItem();
            table.apply(created, table.values(edited));
            T saved = repository.saveAndFlush(created);
            record(kind, saved, Action.CREATE, null, table.values(saved));
            return table.copyOf(saved);
        }
        T managed = repository.findById(edited.getId()).orElseThrow(() -> new CatalogueConflictException(null, -1));
        if (managed.getVersion() != edited.getVersion()) {
            throw new CatalogueConflictException(table.values(managed), managed.getVersion());
        }
        Map<String, String> before = table.values(managed);
        Map<String, String> after = table.values(edited);
        if (before.equals(after)) {
            return table.copyOf(managed);
        }
        table.apply(managed, after);
        try {
            repository.saveAndFlush(managed);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CatalogueConflictException(null, -1);
        }
        record(kind, managed, Action.UPDATE, before, table.values(managed));
        return table.copyOf(managed);
    }

    /**
     * Deletes the item as it was read.
     *
     * @throws ItemInUseException         when saved scenarios use it (they are named)
     * @throws CatalogueConflictException when someone else changed it since
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> void delete(CatalogueKind kind, long id, long version) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        JpaRepository<T, Long> repository = repository(kind);
        T managed = repository.findById(id).orElseThrow(() -> new CatalogueConflictException(null, -1));
        if (managed.getVersion() != version) {
            throw new CatalogueConflictException(table.values(managed), managed.getVersion());
        }
        List<String> users = usages.stream().flatMap(u -> u.scenariosUsing(kind, id).stream()).sorted().toList();
        if (!users.isEmpty()) {
            throw new ItemInUseException(table.key(managed), users);
        }
        Map<String, String> before = table.values(managed);
        repository.delete(managed);
        repository.flush();
        record(kind, managed, Action.DELETE, before, null);
    }

    @Transactional(readOnly = true)
    public List<CatalogueChange> history(CatalogueKind kind, long id) {
        return changes.findByItemKindAndItemIdOrderByChangedAtAscIdAsc(kind, id);
    }

    /** Values recorded in a history entry, column by column. */
    public static Map<String, String> values(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        return values;
    }

    @Transactional(readOnly = true)
    public <T extends CatalogueEntry> String exportCsv(CatalogueKind kind) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.headers());
        for (T item : this.<T>items(kind)) {
            rows.add(List.copyOf(table.values(item).values()));
        }
        return Csv.write(rows);
    }

    /** What importing the CSV would do, and every problem with it (line, column, message). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> ImportPreview<T> previewCsv(CatalogueKind kind, byte[] content) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<ItemProblem> problems = new ArrayList<>();
        List<ImportPreview.Row<T>> rows = new ArrayList<>();
        List<Csv.Row> parsed;
        try {
            parsed = Csv.parse(text(content));
        } catch (IllegalArgumentException e) {
            return new ImportPreview<>(List.of(), List.of(new ItemProblem(0, "file", e.getMessage())));
        }
        if (parsed.isEmpty()) {
            return new ImportPreview<>(List.of(), List.of(new ItemProblem(0, "file", "is empty")));
        }
        List<String> header = parsed.getFirst().cells().stream().map(String::strip).toList();
        String keyColumn = table.headers().getFirst();
        for (String column : header) {
            if (!table.headers().contains(column)) {
                problems.add(new ItemProblem(1, column, "is not a column of " + kind.fileName() + "; expected "
                        + String.join(", ", table.headers())));
            }
        }
        if (!header.contains(keyColumn)) {
            problems.add(new ItemProblem(1, keyColumn, "is missing: every row needs it"));
        }
        if (new HashSet<>(header).size() != header.size()) {
            problems.add(new ItemProblem(1, "header", "names a column twice"));
        }
        if (!problems.isEmpty()) {
            return new ImportPreview<>(List.of(), problems);
        }
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : parsed.subList(1, parsed.size())) {
            if (row.cells().size() != header.size()) {
                problems.add(new ItemProblem(row.line(), "row", "has " + row.cells().size() + " values; the header has "
                        + header.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), Csv.unguard(row.cells().get(i)));
            }
            String key = values.get(keyColumn).strip();
            if (!key.isEmpty() && !seen.add(key.toLowerCase())) {
                problems.add(new ItemProblem(row.line(), keyColumn, "'" + key + "' appears twice in the file"));
                continue;
            }
            Optional<T> existing = findByKey(kind, key);
            T item = existing.map(table::copyOf).orElseGet(table::newItem);
            Map<String, String> before = existing.map(table::values).orElse(null);
            try {
                table.apply(item, values);
            } catch (ColumnProblem e) {
                problems.add(new ItemProblem(row.line(), e.column(), e.getMessage()));
                continue;
            }
            List<ItemProblem> rowProblems = problems(table, item, row.line());
            problems.addAll(rowProblems);
            ImportPreview.Action action = existing.isEmpty() ? ImportPreview.Action.CREATE
                    : table.values(item).equals(before) ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
            rows.add(new ImportPreview.Row<>(row.line(), key, action, item));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ItemProblem(0, "file", "has a header but no rows"));
        }
        return new ImportPreview<>(rows, problems);
    }

    /**
     * Imports a CSV: every row or none.
     *
     * @return how many items were created or changed
     * @throws InvalidItemException with every problem (line, column, message); nothing is written
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> int importCsv(CatalogueKind kind, byte[] content) {
        ImportPreview<T> preview = previewCsv(kind, content);
        if (!preview.problems().isEmpty()) {
            throw new InvalidItemException(preview.problems());
        }
        int changed = 0;
        for (ImportPreview.Row<T> row : preview.rows()) {
            if (row.action() != ImportPreview.Action.UNCHANGED) {
                save(kind, row.item());
                changed++;
            }
        }
        return changed;
    }

    /** The models in a LiteLLM price file, each with what keeps it from being imported. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ANALYST')")
    public List<LiteLlmEntry> previewLiteLlm(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(text(content));
        } catch (JacksonException e) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file", "is not valid JSON: "
                    + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file",
                    "is not a LiteLLM price file: expected a JSON object of models")));
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
        return new LiteLlmEntry(name, provider, input, output, cached, context, models.findByName(name).isPresent(),
                List.copyOf(problems));
    }

    /** What the catalogue's columns could not hold, named by the file's own fields. */
    private List<String> liteLlmBounds(String name, String provider, BigDecimal input, BigDecimal output,
            BigDecimal cached, Integer context) {
        ModelPrice candidate = new ModelPrice(name, Objects.requireNonNullElse(provider, "unknown"), "Unknown", output,
                LITELLM_SOURCE, LocalDate.now(clock));
        candidate.setInputPerMillion(input);
        candidate.setCachedInputPerMillion(cached);
        candidate.setContextWindow(context);
        return validator.validate(candidate).stream()
                .map(v -> LITELLM_FIELDS.getOrDefault(v.getPropertyPath().toString(), v.getPropertyPath().toString())
                        + " " + v.getMessage())
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
            ModelPrice item = models.findByName(name).map(table::copyOf).orElseGet(() -> {
                ModelPrice created = new ModelPrice(name, Objects.requireNonNullElse(entry.provider(), "unknown"),
                        "Unknown", entry.outputPerMillion(), LITELLM_SOURCE, today);
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
            save(CatalogueKind.MODEL, item);
        }
        return chosen.size();
    }

    private <T extends CatalogueEntry> List<ItemProblem> problems(CatalogueTable<T> table, T item, int line) {
        List<ItemProblem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(item)) {
            String property = violation.getPropertyPath().toString();
            String column = RULE_COLUMNS.getOrDefault(property, snake(property));
            problems.add(new ItemProblem(line, column, violation.getMessage()));
        }
        String key = table.key(item);
        if (key != null && !key.isBlank()) {
            findByKey(table.kind(), key.strip())
                    .filter(other -> !other.getId().equals(item.getId()))
                    .ifPresent(other -> problems.add(new ItemProblem(line, table.headers().getFirst(),
                            "another " + table.kind().label().toLowerCase() + " is already named '" + key.strip() + "'")));
        }
        problems.sort((a, b) -> a.column().compareTo(b.column()));
        return problems;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String text(byte[] content) {
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file",
                    "is larger than the 5 MB upload limit")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file", "is not UTF-8 text")));
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogueEntry> JpaRepository<T, Long> repository(CatalogueKind kind) {
        return (JpaRepository<T, Long>) switch (kind) {
            case MODEL -> models;
            case TIER -> tiers;
            case HIDDEN_COST -> hiddenCosts;
        };
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogueEntry> Optional<T> findByKey(CatalogueKind kind, String key) {
        return (Optional<T>) switch (kind) {
            case MODEL -> models.findByName(key);
            case TIER -> tiers.findByLabel(key);
            case HIDDEN_COST -> hiddenCosts.findByName(key);
        };
    }

    private <T extends CatalogueEntry> void record(CatalogueKind kind, T item, Action action,
            Map<String, String> before, Map<String, String> after) {
        String name = CatalogueTable.<T>of(kind).key(item);
        changes.save(new CatalogueChange(kind, item.getId(), name == null ? "" : name, action, currentUser.name(),
                clock.instant(), before == null ? null : JSON.writeValueAsString(before),
                after == null ? null : JSON.writeValueAsString(after)));
    }
}
