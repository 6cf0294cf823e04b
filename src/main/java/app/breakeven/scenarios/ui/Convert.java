package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.Percent;
import com.vaadin.flow.data.converter.Converter;

/**
 * How the forms' fields read as the planner's numbers. An empty or unreadable field becomes
 * NaN (0 for whole numbers), which the planner's validation then names, so every message
 * comes from one place on the server.
 */
final class Convert {

    /** A whole percentage typed as 40 is the share 0.4. */
    static final Converter<Integer, Double> PERCENT = Converter.from(
            percent -> percent == null ? Double.NaN : percent / 100.0,
            share -> share == null || share.isNaN() ? null : (int) Math.round(share * 100),
            e -> null);

    /** As {@link #PERCENT}, but empty stays empty: an optional share. */
    static final Converter<Integer, Double> OPTIONAL_PERCENT = Converter.from(
            percent -> percent == null ? null : percent / 100.0,
            share -> share == null || share.isNaN() ? null : (int) Math.round(share * 100),
            e -> null);

    /** A percentage with decimals, 12.5 for the share 0.125; 7 and 0.07 exactly ({@link Percent}). */
    static final Converter<Double, Double> PERCENT_DECIMAL = Converter.from(
            percent -> percent == null ? Double.NaN : Percent.share(percent),
            share -> share == null || share.isNaN() ? null : Percent.of(share),
            e -> null);

    static final Converter<Double, Double> NUMBER = Converter.from(
            value -> value == null ? Double.NaN : value,
            value -> value == null || value.isNaN() ? null : value,
            e -> null);

    static final Converter<Integer, Integer> WHOLE =
            Converter.from(value -> value == null ? 0 : value, value -> value, e -> null);

    /** A volume typed as "50M" or "1.5B". */
    static final Converter<String, Double> TOKENS = Converter.from(
            text -> Formats.parseTokens(text).orElse(Double.NaN),
            tokens -> tokens == null || tokens.isNaN() ? "" : Formats.tokens(tokens),
            e -> null);

    private Convert() {}
}
