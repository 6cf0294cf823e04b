package app.breakeven.catalogue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * The catalogue's tables by kind, and what every write checks first: the entity's rules,
 * unique names, and uploads that are text. Shared by editing and the importers.
 */
@Component
class CatalogueItems {

    /** Uploads larger than this are refused before they are read: 5 MB. */
    static final int MAX_UPLOAD_BYTES = CatalogueEditing.MAX_UPLOAD_BYTES;

    private static final Map<String, String> RULE_COLUMNS = Map.of(
            "estimateRangeValid", "self_host_estimate_high",
            "parameterCountValid", "params_active_billions",
            "cloudRangeValid", "cloud_monthly_high",
            "onPremRangeValid", "on_prem_monthly_high",
            "rangeValid", "monthly_high",
            "gpusPerReplicaValid", "gpus_per_replica",
            "gpusPerInstanceValid", "gpus_per_instance",
            "architectureSourced", "architecture_source");

    private final ModelPriceRepository models;
    private final HardwareTierRepository tiers;
    private final HiddenCostCategoryRepository hiddenCosts;
    private final GpuTypeRepository gpus;
    private final ThroughputBenchmarkRepository benchmarks;
    private final RentedOfferRepository rentedOffers;
    private final PurchaseOfferRepository purchaseOffers;
    private final OwnershipAssumptionRepository ownership;
    private final Validator validator;

    CatalogueItems(
            ModelPriceRepository models,
            HardwareTierRepository tiers,
            HiddenCostCategoryRepository hiddenCosts,
            GpuTypeRepository gpus,
            ThroughputBenchmarkRepository benchmarks,
            RentedOfferRepository rentedOffers,
            PurchaseOfferRepository purchaseOffers,
            OwnershipAssumptionRepository ownership,
            Validator validator) {
        this.models = models;
        this.tiers = tiers;
        this.hiddenCosts = hiddenCosts;
        this.gpus = gpus;
        this.benchmarks = benchmarks;
        this.rentedOffers = rentedOffers;
        this.purchaseOffers = purchaseOffers;
        this.ownership = ownership;
        this.validator = validator;
    }

    Optional<ModelPrice> model(String name) {
        return models.findByName(name);
    }

    /** Labels of the rows that name a GPU type, by what they are: benchmarks, rented and purchase offers. */
    Map<String, List<String>> rowsOn(String gpuName) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        rows.put("throughput benchmark", labels(benchmarks.findByGpuTypeOrderByLabel(gpuName)));
        rows.put("rented offer", labels(rentedOffers.findByGpuTypeOrderByLabel(gpuName)));
        rows.put("purchase offer", labels(purchaseOffers.findByGpuTypeOrderByLabel(gpuName)));
        rows.values().removeIf(List::isEmpty);
        return rows;
    }

    private static List<String> labels(List<? extends OnGpu> rows) {
        return rows.stream().map(OnGpu::getLabel).toList();
    }

    /** Every rule the entity breaks, named by the entity's property. */
    <T> java.util.Set<ConstraintViolation<T>> violations(T item) {
        return validator.validate(item);
    }

    @SuppressWarnings("unchecked")
    <T extends CatalogueEntry> JpaRepository<T, Long> repository(CatalogueKind kind) {
        return (JpaRepository<T, Long>)
                switch (kind) {
                    case MODEL -> models;
                    case TIER -> tiers;
                    case HIDDEN_COST -> hiddenCosts;
                    case GPU -> gpus;
                    case BENCHMARK -> benchmarks;
                    case RENTED_OFFER -> rentedOffers;
                    case PURCHASE_OFFER -> purchaseOffers;
                    case OWNERSHIP_ASSUMPTION -> ownership;
                };
    }

    @SuppressWarnings("unchecked")
    <T extends CatalogueEntry> Optional<T> findByKey(CatalogueKind kind, String key) {
        return (Optional<T>)
                switch (kind) {
                    case MODEL -> models.findByName(key);
                    case TIER -> tiers.findByLabel(key);
                    case HIDDEN_COST -> hiddenCosts.findByName(key);
                    case GPU -> gpus.findByName(key);
                    case BENCHMARK -> benchmarks.findByLabel(key);
                    case RENTED_OFFER -> rentedOffers.findByLabel(key);
                    case PURCHASE_OFFER -> purchaseOffers.findByLabel(key);
                    case OWNERSHIP_ASSUMPTION -> ownership.findByName(key);
                };
    }

    /** "Enter a price", "Enter the label" for an empty required field; else the constraint's own words. */
    private static <T extends CatalogueEntry> String message(
            CatalogueTable<T> table, String column, ConstraintViolation<T> violation) {
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        if (!constraint.equals("NotNull") && !constraint.equals("NotBlank")) {
            return violation.getMessage();
        }
        String label = table.label(column);
        if (label.contains("$")) {
            return "Enter a price";
        }
        boolean word = label.length() > 1 && Character.isLowerCase(label.charAt(1));
        return "Enter the " + (word ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label);
    }

    <T extends CatalogueEntry> List<ItemProblem> problems(CatalogueTable<T> table, T item, int line) {
        return problems(
                table,
                item,
                line,
                key -> this.<T>findByKey(table.kind(), key),
                gpu -> gpus.findByName(gpu).isPresent());
    }

    /** The same checks against items read once: for a batch of thousands, one query rather than one a row. */
    <T extends CatalogueEntry> List<ItemProblem> problems(CatalogueTable<T> table, T item, int line, Known<T> known) {
        return problems(
                table, item, line, key -> Optional.ofNullable(known.byKey().get(key)), known.gpus()::contains);
    }

    /**
     * The saved items of one table by key, and the GPU types' names, read once.
     *
     * @param byKey the saved items (managed by the current transaction) by their key, stripped
     */
    record Known<T extends CatalogueEntry>(Map<String, T> byKey, java.util.Set<String> gpus) {}

    <T extends CatalogueEntry> Known<T> known(CatalogueKind kind) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        Map<String, T> byKey = new java.util.HashMap<>();
        for (T item : this.<T>repository(kind).findAll()) {
            byKey.put(table.key(item).strip(), item);
        }
        java.util.Set<String> gpuNames = new java.util.HashSet<>();
        gpus.findAll().forEach(gpu -> gpuNames.add(gpu.getName()));
        return new Known<>(byKey, gpuNames);
    }

    private <T extends CatalogueEntry> List<ItemProblem> problems(
            CatalogueTable<T> table,
            T item,
            int line,
            java.util.function.Function<String, Optional<T>> byKey,
            java.util.function.Predicate<String> gpuExists) {
        List<ItemProblem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(item)) {
            String property = violation.getPropertyPath().toString();
            String column = RULE_COLUMNS.getOrDefault(property, snake(property));
            problems.add(new ItemProblem(line, column, message(table, column, violation)));
        }
        String key = table.key(item);
        if (key != null && !key.isBlank()) {
            byKey.apply(key.strip())
                    .filter(other -> !other.getId().equals(item.getId()))
                    .ifPresent(other -> problems.add(new ItemProblem(
                            line,
                            table.headers().getFirst(),
                            "another " + table.kind().label().toLowerCase() + " is already named '" + key.strip()
                                    + "'")));
        }
        if (item instanceof OnGpu onGpu
                && onGpu.getGpuType() != null
                && !onGpu.getGpuType().isBlank()
                && !gpuExists.test(onGpu.getGpuType().strip())) {
            problems.add(new ItemProblem(
                    line,
                    "gpu_type",
                    "no GPU type is named '" + onGpu.getGpuType().strip() + "'; add it to the GPU types first"));
        }
        if (item instanceof OwnershipAssumption assumption) {
            assumption
                    .ruleProblems()
                    .forEach((column, message) -> problems.add(new ItemProblem(line, column, message)));
        }
        problems.sort((a, b) -> a.column().compareTo(b.column()));
        return problems;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** An upload as text: at most the upload limit, UTF-8 (a byte-order mark is dropped). */
    static String text(byte[] content) {
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file", "is larger than the 5 MB upload limit")));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidItemException(List.of(new ItemProblem(0, "file", "is not UTF-8 text")));
        }
    }
}
