package app.breakeven.costs.economics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the formula texts show them: fixed US formatting, whatever the server's locale. */
final class Fmt {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private Fmt() {}

    /** "$1,234.56". */
    static String money(double value) {
        return "$" + new DecimalFormat("#,##0.00", US).format(value);
    }

    /** "$0.0045" or "$3.28": a unit price, with up to four decimals. */
    static String price(double value) {
        return "$" + new DecimalFormat("#,##0.00##", US).format(value);
    }

    /** "1,234.5678" with at most four decimals and no trailing zeros. */
    static String num(double value) {
        return new DecimalFormat("#,##0.####", US).format(value);
    }

    /** "12.5%". */
    static String share(double value) {
        return num(value * 100) + "%";
    }

    static void requireShare(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + value);
        }
    }

    static void requireNonNegative(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number of at least 0: " + value);
        }
    }

    static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number above 0: " + value);
        }
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
