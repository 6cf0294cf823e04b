package app.breakeven.costs.uncertainty;

import java.util.Objects;

/**
 * An uncertain input: low, likely and high, and the shape between them. The likely value is
 * what the point figures use; low equal to high is a certain input.
 *
 * @param low    at most {@code likely}
 * @param likely the point estimate
 * @param high   at least {@code likely}
 */
public record Range(double low, double likely, double high, Shape shape) {

    /** z of the 90th percentile of the standard normal. */
    static final double Z90 = 1.2815515655446004;

    public Range {
        Objects.requireNonNull(shape, "shape");
        if (!Double.isFinite(low) || !Double.isFinite(likely) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("a range needs finite low, likely and high values");
        }
        if (low > likely) {
            throw new IllegalArgumentException("low must be at most the likely value: " + low + " > " + likely);
        }
        if (likely > high) {
            throw new IllegalArgumentException("high must be at least the likely value: " + high + " < " + likely);
        }
        if (shape == Shape.LOG_NORMAL && !(low > 0)) {
            throw new IllegalArgumentException("a log-normal range needs a low above 0: " + low);
        }
    }

    /** A certain value. */
    public static Range point(double value) {
        return new Range(value, value, value, Shape.TRIANGULAR);
    }

    public static Range triangular(double low, double likely, double high) {
        return new Range(low, likely, high, Shape.TRIANGULAR);
    }

    public boolean certain() {
        return low == high;
    }

    /**
     * The value at cumulative probability u, in (0, 1): how a uniform draw becomes a draw of
     * this range. With a = low, c = likely, b = high:
     * <pre>
     *   triangular  u &lt; (c - a) / (b - a):  a + sqrt(u (b - a)(c - a))
     *               otherwise:            b - sqrt((1 - u)(b - a)(b - c))
     *   uniform     a + u (b - a)
     *   log-normal  c x exp(sigma x z(u)),  sigma = ln(b / a) / (2 x 1.2816)
     * </pre>
     * z is the standard normal's quantile. The log-normal's median is the likely value; when the
     * likely value is the geometric mean of low and high, low and high are its 10th and 90th
     * percentiles (its draws are not cut at low and high). A certain range gives its value.
     */
    public double quantile(double u) {
        if (certain()) {
            return likely;
        }
        return switch (shape) {
            case UNIFORM -> low + u * (high - low);
            case TRIANGULAR -> {
                double width = high - low;
                double split = (likely - low) / width;
                yield u < split
                        ? low + StrictMath.sqrt(u * width * (likely - low))
                        : high - StrictMath.sqrt((1 - u) * width * (high - likely));
            }
            case LOG_NORMAL -> likely * StrictMath.exp(sigma() * Normal.quantile(u));
        };
    }

    /** The log-normal's sigma: ln(high / low) / (2 x z90). */
    double sigma() {
        return StrictMath.log(high / low) / (2 * Z90);
    }
}
