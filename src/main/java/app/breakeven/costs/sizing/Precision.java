package app.breakeven.costs.sizing;

import java.util.Locale;

/** A number format for weights or for the KV cache, with the bytes one value takes. */
public enum Precision {
    BF16(2, "BF16"),
    FP8(1, "FP8"),
    INT8(1, "INT8"),
    INT4(0.5, "INT4");

    private final double bytes;
    private final String displayName;

    Precision(double bytes, String displayName) {
        this.bytes = bytes;
        this.displayName = displayName;
    }

    /** Bytes one parameter (or one cached value) takes in this format. */
    public double bytes() {
        return bytes;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The precision a catalogue row names, in any letter case ("bf16", "FP8").
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Precision parse(String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (Precision precision : values()) {
                if (precision.name().equals(wanted)) {
                    return precision;
                }
            }
        }
        throw new IllegalArgumentException("precision must be one of BF16, FP8, INT8, INT4: " + text);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
