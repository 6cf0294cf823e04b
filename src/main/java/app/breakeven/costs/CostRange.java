package app.breakeven.costs;

/**
 * A monthly dollar amount known only as a range, as the article gives most of its
 * self-hosting figures.
 */
public record CostRange(double low, double high) {

    public static final CostRange ZERO = new CostRange(0, 0);

    public CostRange {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("a cost range needs finite bounds");
        }
        if (low < 0) {
            throw new IllegalArgumentException("a cost cannot be negative: " + low);
        }
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public static CostRange of(double low, double high) {
        return new CostRange(low, high);
    }

    public double mid() {
        return (low + high) / 2;
    }

    /** The bound of the given level. */
    public double at(Level level) {
        return switch (level) {
            case LOW -> low;
            case MID -> mid();
            case HIGH -> high;
        };
    }

    public CostRange plus(CostRange other) {
        return new CostRange(low + other.low, high + other.high);
    }

    public CostRange times(double factor) {
        return new CostRange(low * factor, high * factor);
    }

    /** Which end of a range a figure is taken from. */
    public enum Level {
        LOW,
        MID,
        HIGH
    }
}
