package app.breakeven.costs.uncertainty;

/**
 * What an uncertain input is in the cost model, with the values it may take and whether a
 * log-normal (unbounded above) fits it.
 */
public enum Role {
    VOLUME("tokens/day", 0, 100e9, true),
    GROWTH("a month", -0.99, 10, true),
    API_PRICE("$ per 1M tokens", 0, 1e6, true),
    GPU_MONTHLY("$ a deployment-month", 0, 1e9, true),
    THROUGHPUT("tokens/s", 1e-6, 1e9, true),
    UTILIZATION("of capacity", 0.01, 1, false),
    PEAK_FACTOR("x average", 1, 100, false),
    HIDDEN_PER_DEPLOYMENT("$ a deployment-month", 0, 1e9, true),
    HIDDEN_FIXED("$ a month", 0, 1e9, true),
    ENGINEERING_SHARE("of an engineer", 0, 100, false),
    ENGINEER_COST("$ a month", 0, 1e7, true),
    MIGRATION("$ once", 0, 1e10, true),
    /** A multiplier on a priced figure of the three paths (API prices, rent, server price, throughput). */
    FACTOR("x the priced figure", 0.01, 100, true),
    ELECTRICITY("$ a kWh", 0, 10, true),
    FTE_COST("$ an FTE-month", 0, 1e6, true),
    /** A share from 0 to 1, such as the cached share of input or the planning headroom. */
    SHARE("of the whole", 0, 1, false),
    HOURS("hours a month", 1, 730, false),
    PUE("facility over IT power", 1, 5, false),
    YEARS("years", 1.0 / 12, 20, false);

    private final String unit;
    private final double min;
    private final double max;
    private final boolean logNormal;

    Role(String unit, double min, double max, boolean logNormal) {
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.logNormal = logNormal;
    }

    public String unit() {
        return unit;
    }

    /** The smallest value the input may take. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether a log-normal range fits: the input is positive and not capped. */
    public boolean logNormalFits() {
        return logNormal;
    }
}
