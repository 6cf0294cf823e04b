package app.breakeven.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How money and token volumes read in the UI, and how typed volumes are understood. */
public final class Formats {

    private static final Pattern VOLUME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([kKmMbBtT]?)\\s*");

    private Formats() {}

    /**
     * One band of a number style: values of at least {@code from} are divided by {@code divisor}
     * and shown with up to {@code decimals} decimals (exactly that many when {@code fixed}),
     * grouped by thousands, followed by {@code suffix}. The chart component gets the same bands
     * ({@link #STYLES_JSON}), so a figure reads the same in a headline, a table, a tooltip and on
     * an axis.
     */
    public record Band(double from, double divisor, String suffix, int decimals, boolean fixed) {}

    /** Money: "$0.20", "$7.50", "$375", "$12,346", "$2.5M", "$1.25B". */
    public static final List<Band> MONEY = List.of(
            new Band(1e12, 1e12, "T", 2, false),
            new Band(1e9, 1e9, "B", 2, false),
            new Band(1e6, 1e6, "M", 2, false),
            new Band(100, 1, "", 0, false),
            new Band(0, 1, "", 2, true));

    /** Token volumes: "950", "100K", "53.33M", "1.5B", "2T". */
    public static final List<Band> TOKENS = List.of(
            new Band(1e12, 1e12, "T", 2, false),
            new Band(1e9, 1e9, "B", 2, false),
            new Band(1e6, 1e6, "M", 2, false),
            new Band(1e3, 1e3, "K", 2, false),
            new Band(0, 1, "", 0, false));

    /** Both styles as the chart component reads them. */
    public static final String STYLES_JSON = "{\"money\":" + json(MONEY) + ",\"tokens\":" + json(TOKENS) + "}";

    /** "$7.50", "$375", "$12,346", "$2.5M" ({@link #MONEY}). */
    public static String dollars(double value) {
        return banded(value, MONEY, "$");
    }

    /** A unit price: "$0.20", "$0.075", "$3.2875"; from $100 as {@link #dollars}: "$2,700". */
    public static String price(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 100) {
            return dollars(value);
        }
        var format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return (value < 0 ? "−$" : "$") + format.format(Math.abs(value));
    }

    /** "$1,000 – $2,000", each end as {@link #dollars} shows it. */
    public static String dollarRange(double low, double high) {
        return low == high ? dollars(low) : dollars(low) + " – " + dollars(high);
    }

    /** "100K", "50M", "1.5B" ({@link #TOKENS}). */
    public static String tokens(double value) {
        return banded(value, TOKENS, "");
    }

    /** A value in the first band it reaches; "−" before negatives; "n/a" when not a number. */
    static String banded(double value, List<Band> bands, String prefix) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value < 0) {
            return "−" + banded(-value, bands, prefix);
        }
        if (value == 0) {
            return prefix + "0";
        }
        Band band = bands.stream().filter(b -> value >= b.from()).findFirst().orElse(bands.getLast());
        StringBuilder pattern = new StringBuilder("#,##0");
        if (band.decimals() > 0) {
            pattern.append('.').append((band.fixed() ? "0" : "#").repeat(band.decimals()));
        }
        var format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.US));
        // As the browser's Intl.NumberFormat rounds: half away from zero.
        format.setRoundingMode(RoundingMode.HALF_UP);
        return prefix + format.format(value / band.divisor()) + band.suffix();
    }

    private static String json(List<Band> bands) {
        return bands.stream()
                .map(b -> String.format(
                        Locale.ROOT,
                        "{\"from\":%s,\"divisor\":%s,\"suffix\":\"%s\",\"decimals\":%d,\"fixed\":%b}",
                        BigDecimal.valueOf(b.from()).stripTrailingZeros().toPlainString(),
                        BigDecimal.valueOf(b.divisor()).stripTrailingZeros().toPlainString(),
                        b.suffix(),
                        b.decimals(),
                        b.fixed()))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** A count with thousands separators: "2,474". */
    public static String count(long value) {
        return String.format(java.util.Locale.US, "%,d", value);
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
