package app.breakeven.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * One column: its name (also the CSV header), how to read it, how to parse text into it,
     * and what an empty value means on screen ("" or, for facts not public, "unknown").
     */
    public record Column<T>(
            String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter, String blank) {

        public Column(String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter) {
            this(name, label, getter, setter, "");
        }
    }

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
    private final java.util.Comparator<T> order;

    CatalogueTable(CatalogueKind kind, Supplier<T> factory, Function<T, String> key, List<Column<T>> columns) {
        this(kind, factory, key, columns, (a, b) -> key.apply(a).compareToIgnoreCase(key.apply(b)));
    }

    private CatalogueTable(
            CatalogueKind kind,
            Supplier<T> factory,
            Function<T, String> key,
            List<Column<T>> columns,
            java.util.Comparator<T> order) {
        this.kind = kind;
        this.factory = factory;
        this.key = key;
        this.columns = List.copyOf(columns);
        this.order = order;
    }

    /** The same table listed in another order than by name. */
    CatalogueTable<T> ordered(java.util.Comparator<T> listed) {
        return new CatalogueTable<>(kind, factory, key, columns, listed);
    }

    /** How the table is listed: by name unless it reads better otherwise (tiers by model size). */
    public java.util.Comparator<T> order() {
        return order;
    }

    /** A column's label, as the form shows it, by its name; the name when there is no such column. */
    public String label(String columnName) {
        return columns.stream()
                .filter(c -> c.name().equals(columnName))
                .map(Column::label)
                .findFirst()
                .orElse(columnName);
    }

    /** One column's value as text, as {@link #values} writes it. */
    public String text(T item, Column<T> column) {
        return format(column.getter().apply(item));
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
            values.put(column.name(), text(item, column));
        }
        return values;
    }

    /**
     * Writes text values into an item; columns not given are left as they are.
     *
     * @throws ColumnProblem for the first value that cannot be read
     */
    public void apply(T item, Map<String, String> values) {
        List<ColumnProblem> problems = applyAll(item, values);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    /** Writes every value that can be read; answers a problem for each one that cannot. */
    public List<ColumnProblem> applyAll(T item, Map<String, String> values) {
        List<ColumnProblem> problems = new java.util.ArrayList<>();
        for (Column<T> column : columns) {
            if (values.containsKey(column.name())) {
                String text = values.get(column.name());
                try {
                    column.setter().accept(item, text == null ? "" : text.strip());
                } catch (ColumnProblem e) {
                    problems.add(e);
                }
            }
        }
        return problems;
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

    public static final CatalogueTable<ModelPrice> MODELS = PriceTables.models();

    public static final CatalogueTable<HardwareTier> TIERS = PriceTables.tiers();

    public static final CatalogueTable<HiddenCostCategory> HIDDEN_COSTS = PriceTables.hiddenCosts();

    public static final CatalogueTable<GpuType> GPUS = SizingTables.gpus();

    public static final CatalogueTable<ThroughputBenchmark> BENCHMARKS = SizingTables.benchmarks();

    public static final CatalogueTable<RentedOffer> RENTED_OFFERS = OfferTables.rented();

    public static final CatalogueTable<PurchaseOffer> PURCHASE_OFFERS = OfferTables.purchases();

    public static final CatalogueTable<OwnershipAssumption> OWNERSHIP = OfferTables.ownership();

    @SuppressWarnings("unchecked")
    public static <T extends CatalogueEntry> CatalogueTable<T> of(CatalogueKind kind) {
        return (CatalogueTable<T>)
                switch (kind) {
                    case MODEL -> MODELS;
                    case TIER -> TIERS;
                    case HIDDEN_COST -> HIDDEN_COSTS;
                    case GPU -> GPUS;
                    case BENCHMARK -> BENCHMARKS;
                    case RENTED_OFFER -> RENTED_OFFERS;
                    case PURCHASE_OFFER -> PURCHASE_OFFERS;
                    case OWNERSHIP_ASSUMPTION -> OWNERSHIP;
                };
    }
}
