package app.breakeven.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How money and token volumes read in the UI, and how typed volumes are understood. */
public final class Formats {

    private static final Pattern VOLUME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([kKmMbBtT]?)\\s*");

    private Formats() {}

    /** "$7.50", "$1,000", "$1.25M". */
    public static String dollars(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value < 0) {
            return "−" + dollars(-value);
        }
        double abs = Math.abs(value);
        if (abs >= 10_000_000) {
            return "$" + trim(value / 1_000_000, 2) + "M";
        }
        if (abs >= 1000) {
            return "$" + format("#,##0", value);
        }
        return "$" + format("#,##0.00", value);
    }

    /** "$1,000 – $2,000"; cents only where the range is below $100. */
    public static String dollarRange(double low, double high) {
        if (low >= 100 || (low == 0 && high >= 100)) {
            return low == high ? wholeDollars(low) : wholeDollars(low) + " – " + wholeDollars(high);
        }
        return low == high ? dollars(low) : dollars(low) + " – " + dollars(high);
    }

    private static String wholeDollars(double value) {
        if (value < 0) {
            return "−" + wholeDollars(-value);
        }
        return Math.abs(value) >= 10_000_000 ? dollars(value) : "$" + format("#,##0", value);
    }

    /** "100K", "50M", "1.5B". */
    public static String tokens(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1e12) {
            return trim(value / 1e12, 2) + "T";
        }
        if (abs >= 1e9) {
            return trim(value / 1e9, 2) + "B";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6, 2) + "M";
        }
        if (abs >= 1e3) {
            return trim(value / 1e3, 2) + "K";
        }
        return trim(value, 0);
    }

    /** "2.7x". */
    public static String times(double value) {
        return Double.isFinite(value) ? trim(value, value >= 10 ? 0 : 1) + "x" : "∞";
    }

    public static String percent(double share) {
        return trim(share * 100, 1) + "%";
    }

    /** Reads "50M", "1.5B", "250k" or "1200000" as tokens; empty when it is not a volume. */
    public static OptionalDouble parseTokens(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = VOLUME.matcher(text.replace(",", "").replace("_", ""));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double number = new BigDecimal(m.group(1)).doubleValue();
        double scale = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "B" -> 1e9;
            case "T" -> 1e12;
            default -> 1;
        };
        return OptionalDouble.of(number * scale);
    }

    private static String trim(double value, int decimals) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("#".repeat(decimals));
        }
        return format(pattern.toString(), value);
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }
}
