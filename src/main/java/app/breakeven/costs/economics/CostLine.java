package app.breakeven.costs.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of "How this is computed".
 *
 * @param name    e.g. "Rent"
 * @param monthly dollars a month, at least 0
 * @param formula the formula with its numbers, e.g. "2 instances x 730 h x $20.00 an hour"
 * @param source  where the inputs come from
 * @param asOf    their date; {@code null} when unknown
 * @param kind    whether it grows with the volume or hardware, or is fixed
 */
public record CostLine(String name, double monthly, String formula, String source, LocalDate asOf, Kind kind) {

    public CostLine {
        Fmt.requireText(name, "a line's name");
        Fmt.requireNonNegative(monthly, name);
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a line behaves as volume grows. */
    public enum Kind {
        /** Grows with the tokens or with the instances and servers they need. */
        VOLUME,
        /** The same at any volume. */
        FIXED
    }
}
