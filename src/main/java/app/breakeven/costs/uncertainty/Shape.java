package app.breakeven.costs.uncertainty;

/** How likely each value in a range is. */
public enum Shape {
    /** Most likely at the likely value, falling in straight lines to none at low and high. */
    TRIANGULAR("triangular"),
    /** Every value from low to high equally likely; the likely value is only the point estimate. */
    UNIFORM("uniform"),
    /**
     * Skewed to the right, for quantities that grow by multiplying (growth, volume, prices):
     * the median is the likely value and low and high set the spread (see {@link Range#quantile}).
     */
    LOG_NORMAL("log-normal");

    private final String label;

    Shape(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
