package app.breakeven.catalogue;

import app.breakeven.costs.HiddenCost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The columns of one catalogue table, each read and written as text: one description
 * serves the editor's form, CSV export and import, the change history and conflict
 * dialogs, so they can never disagree about what an item holds.
 */
public final class CatalogueTable<T extends CatalogueEntry> {

    /** One column: its name (also the CSV header), how to read it, how to parse text into it. */
    public record Column<T>(String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter) {}

    /** A value that could not be parsed: which column and why. */
    public static final class ColumnProblem extends RuntimeException {

        private final String column;

        ColumnProblem(String column, String message) {
            super(message);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final CatalogueKind kind;
    private final Supplier<T> factory;
    private final Function<T, String> key;
    private final List<Column<T>> columns;

    private CatalogueTable(CatalogueKind kind, Supplier<T> factory, Function<T, String> key, List<Column<T>> columns) {
        this.kind = kind;
        this.factory = factory;
        this.key = key;
        this.columns = List.copyOf(columns);
    }

    public CatalogueKind kind() {
        return kind;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** The item's unique name (a model's or category's name, a tier's label). */
    public String key(T item) {
        return key.apply(item);
    }

    public T newItem() {
        return factory.get();
    }

    /** Column name to text, in column order; empty text for no value. */
    public Map<String, String> values(T item) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Column<T> column : columns) {
            values.put(column.name(), format(column.getter().apply(item)));
        }
        return values;
    }

    /**
     * Writes text values into an item; columns not given are left as they are.
     *
     * @throws ColumnProblem for the first value that cannot be read
     */
    public void apply(T item, Map<String, String> values) {
        for (Column<T> column : columns) {
            if (values.containsKey(column.name())) {
                String text = values.get(column.name());
                column.setter().accept(item, text == null ? "" : text.strip());
            }
        }
    }

    /** A detached copy to edit, carrying the id and version it was read at. */
    public T copyOf(T item) {
        T copy = newItem();
        apply(copy, values(item));
        copy.setId(item.getId());
        copy.setVersion(item.getVersion());
        return copy;
    }

    /** An edited copy with these values, as read at the given id and version. */
    public T item(Map<String, String> values, Long id, long version) {
        T item = newItem();
        apply(item, values);
        item.setId(id);
        item.setVersion(version);
        return item;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    static <T> Column<T> column(String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter) {
        return new Column<>(name, label, getter, setter);
    }

    static <T> BiConsumer<T, String> text(BiConsumer<T, String> setter) {
        return (item, text) -> setter.accept(item, text.isEmpty() ? null : text);
    }

    static <T> BiConsumer<T, String> decimal(String column, BiConsumer<T, BigDecimal> setter) {
        return (item, text) -> {
            if (text.isEmpty()) {
                setter.accept(item, null);
                return;
            }
            try {
                setter.accept(item, new BigDecimal(text.replace(",", "")));
            } catch (NumberFormatException e) {
                throw new ColumnProblem(column, "'" + text + "' is not a number");
            }
        };
    }

    static <T> BiConsumer<T, String> integer(String column, boolean required, BiConsumer<T, Integer> setter) {
        return (item, text) -> {
            if (text.isEmpty()) {
                if (required) {
                    throw new ColumnProblem(column, "is required");
                }
                setter.accept(item, null);
                return;
            }
            try {
                setter.accept(item, Integer.valueOf(text.replace(",", "")));
            } catch (NumberFormatException e) {
                throw new ColumnProblem(column, "'" + text + "' is not a whole number");
            }
        };
    }

    static <T> BiConsumer<T, String> date(String column, BiConsumer<T, LocalDate> setter) {
        return (item, text) -> {
            if (text.isEmpty()) {
                setter.accept(item, null);
                return;
            }
            try {
                setter.accept(item, LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw new ColumnProblem(column, "'" + text + "' is not a date like 2026-11-01");
            }
        };
    }

    static <T, E extends Enum<E>> BiConsumer<T, String> choice(String column, Class<E> type, BiConsumer<T, E> setter) {
        return (item, text) -> {
            if (text.isEmpty()) {
                setter.accept(item, null);
                return;
            }
            try {
                setter.accept(
                        item,
                        Enum.valueOf(
                                type,
                                text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new ColumnProblem(column, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
            }
        };
    }

    static <T> BiConsumer<T, String> flag(String column, BiConsumer<T, Boolean> setter) {
        return (item, text) -> {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "", "false", "no", "0" -> setter.accept(item, false);
                case "true", "yes", "1" -> setter.accept(item, true);
                default -> throw new ColumnProblem(column, "'" + text + "' is not true or false");
            }
        };
    }

    public static final CatalogueTable<ModelPrice> MODELS = new CatalogueTable<>(
            CatalogueKind.MODEL,
            ModelPrice::new,
            ModelPrice::getName,
            List.of(
                    column("name", "Name", ModelPrice::getName, text(ModelPrice::setName)),
                    column("vendor", "Vendor", ModelPrice::getVendor, text(ModelPrice::setVendor)),
                    column("license", "License", ModelPrice::getLicense, text(ModelPrice::setLicense)),
                    column(
                            "output_per_million",
                            "Output $/1M",
                            ModelPrice::getOutputPerMillion,
                            decimal("output_per_million", ModelPrice::setOutputPerMillion)),
                    column(
                            "input_per_million",
                            "Input $/1M",
                            ModelPrice::getInputPerMillion,
                            decimal("input_per_million", ModelPrice::setInputPerMillion)),
                    column(
                            "cached_input_per_million",
                            "Cached input $/1M",
                            ModelPrice::getCachedInputPerMillion,
                            decimal("cached_input_per_million", ModelPrice::setCachedInputPerMillion)),
                    column(
                            "context_window",
                            "Context window",
                            ModelPrice::getContextWindow,
                            integer("context_window", false, ModelPrice::setContextWindow)),
                    column(
                            "params_total_billions",
                            "Parameters (B)",
                            ModelPrice::getParamsTotalBillions,
                            decimal("params_total_billions", ModelPrice::setParamsTotalBillions)),
                    column(
                            "params_active_billions",
                            "Active parameters (B)",
                            ModelPrice::getParamsActiveBillions,
                            decimal("params_active_billions", ModelPrice::setParamsActiveBillions)),
                    column(
                            "self_host_estimate_low",
                            "Self-host estimate low",
                            ModelPrice::getSelfHostEstimateLow,
                            decimal("self_host_estimate_low", ModelPrice::setSelfHostEstimateLow)),
                    column(
                            "self_host_estimate_high",
                            "Self-host estimate high",
                            ModelPrice::getSelfHostEstimateHigh,
                            decimal("self_host_estimate_high", ModelPrice::setSelfHostEstimateHigh)),
                    column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                    column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));

    public static final CatalogueTable<HardwareTier> TIERS = new CatalogueTable<>(
            CatalogueKind.TIER,
            HardwareTier::new,
            HardwareTier::getLabel,
            List.of(
                    column("label", "Label", HardwareTier::getLabel, text(HardwareTier::setLabel)),
                    column(
                            "model_size_min_billions",
                            "Model size from (B)",
                            HardwareTier::getModelSizeMinBillions,
                            decimal("model_size_min_billions", HardwareTier::setModelSizeMinBillions)),
                    column(
                            "model_size_max_billions",
                            "Model size to (B)",
                            HardwareTier::getModelSizeMaxBillions,
                            decimal("model_size_max_billions", HardwareTier::setModelSizeMaxBillions)),
                    column("gpu_type", "GPU", HardwareTier::getGpuType, text(HardwareTier::setGpuType)),
                    column(
                            "gpu_count",
                            "GPUs",
                            HardwareTier::getGpuCount,
                            integer("gpu_count", true, HardwareTier::setGpuCount)),
                    column(
                            "gpu_memory_gb",
                            "GPU memory (GB)",
                            HardwareTier::getGpuMemoryGb,
                            integer("gpu_memory_gb", true, HardwareTier::setGpuMemoryGb)),
                    column(
                            "cloud_monthly_low",
                            "Cloud $/month low",
                            HardwareTier::getCloudMonthlyLow,
                            decimal("cloud_monthly_low", HardwareTier::setCloudMonthlyLow)),
                    column(
                            "cloud_monthly_high",
                            "Cloud $/month high",
                            HardwareTier::getCloudMonthlyHigh,
                            decimal("cloud_monthly_high", HardwareTier::setCloudMonthlyHigh)),
                    column(
                            "on_prem_monthly_low",
                            "On-prem $/month low",
                            HardwareTier::getOnPremMonthlyLow,
                            decimal("on_prem_monthly_low", HardwareTier::setOnPremMonthlyLow)),
                    column(
                            "on_prem_monthly_high",
                            "On-prem $/month high",
                            HardwareTier::getOnPremMonthlyHigh,
                            decimal("on_prem_monthly_high", HardwareTier::setOnPremMonthlyHigh)),
                    column(
                            "tokens_per_second",
                            "Throughput (tokens/s)",
                            HardwareTier::getTokensPerSecond,
                            decimal("tokens_per_second", HardwareTier::setTokensPerSecond)),
                    column(
                            "throughput_source",
                            "Throughput source",
                            HardwareTier::getThroughputSource,
                            text(HardwareTier::setThroughputSource)),
                    column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                    column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));

    public static final CatalogueTable<HiddenCostCategory> HIDDEN_COSTS = new CatalogueTable<>(
            CatalogueKind.HIDDEN_COST,
            HiddenCostCategory::new,
            HiddenCostCategory::getName,
            List.of(
                    column("name", "Name", HiddenCostCategory::getName, text(HiddenCostCategory::setName)),
                    column(
                            "monthly_low",
                            "$/month low",
                            HiddenCostCategory::getMonthlyLow,
                            decimal("monthly_low", HiddenCostCategory::setMonthlyLow)),
                    column(
                            "monthly_high",
                            "$/month high",
                            HiddenCostCategory::getMonthlyHigh,
                            decimal("monthly_high", HiddenCostCategory::setMonthlyHigh)),
                    column(
                            "applies_to",
                            "Applies to",
                            HiddenCostCategory::getAppliesTo,
                            choice("applies_to", HiddenCost.Scope.class, HiddenCostCategory::setAppliesTo)),
                    column(
                            "basis",
                            "Basis",
                            HiddenCostCategory::getBasis,
                            choice("basis", HiddenCost.Basis.class, HiddenCostCategory::setBasis)),
                    column(
                            "engineering_time",
                            "Engineering time",
                            HiddenCostCategory::isEngineeringTime,
                            flag("engineering_time", HiddenCostCategory::setEngineeringTime)),
                    column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                    column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));

    @SuppressWarnings("unchecked")
    public static <T extends CatalogueEntry> CatalogueTable<T> of(CatalogueKind kind) {
        return (CatalogueTable<T>)
                switch (kind) {
                    case MODEL -> MODELS;
                    case TIER -> TIERS;
                    case HIDDEN_COST -> HIDDEN_COSTS;
                };
    }
}
