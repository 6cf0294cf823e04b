package app.breakeven.costs;

/**
 * A pay-per-token price in dollars per million tokens.
 *
 * @param outputPerMillion price of output tokens
 * @param inputPerMillion price of input tokens; the output price where the catalogue has none
 */
public record ApiPrice(double outputPerMillion, double inputPerMillion) {

    public ApiPrice {
        requireNonNegative(outputPerMillion, "output price");
        requireNonNegative(inputPerMillion, "input price");
    }

    /** A price whose input side is unknown: every token is priced as output, as the article does. */
    public static ApiPrice of(double outputPerMillion, Double inputPerMillion) {
        return new ApiPrice(outputPerMillion, inputPerMillion == null ? outputPerMillion : inputPerMillion);
    }

    /** s_in x p_in + (1 - s_in) x p_out. */
    public double blendedPerMillion(double inputShare) {
        if (!(inputShare >= 0 && inputShare <= 1)) {
            throw new IllegalArgumentException("input share must be between 0 and 1: " + inputShare);
        }
        return inputShare * inputPerMillion + (1 - inputShare) * outputPerMillion;
    }

    static void requireNonNegative(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite amount of at least 0: " + value);
        }
    }
}
