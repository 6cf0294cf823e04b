package app.breakeven.catalogue;

import app.breakeven.catalogue.CatalogueTable.Column;
import app.breakeven.catalogue.CatalogueTable.ColumnProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** How catalogue columns read text: the parsers every table's columns are built from. */
final class Columns {

    private Columns() {}

    static <T> Column<T> column(String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter) {
        return new Column<>(name, label, getter, setter);
    }

    /** A fact that may not be public: shown as "unknown" when empty. */
    static <T> Column<T> fact(String name, String label, Function<T, Object> getter, BiConsumer<T, String> setter) {
        return new Column<>(name, label, getter, setter, "unknown");
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
}
