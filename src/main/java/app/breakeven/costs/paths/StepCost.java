package app.breakeven.costs.paths;

/**
 * A cost that steps up with whole units (replicas) and, optionally, whole containers
 * (instances or servers) holding a number of units each. With V in tokens a month:
 * <pre>
 *   units(V)      = max(min, ceil(V / capacity)) + (spare ? 1 : 0)
 *   containers(V) = ceil(units(V) / unitsPerContainer)
 *   cost(V)       = fixed + perToken x V + perUnit x units(V) + perContainer x containers(V)
 * </pre>
 * Every part is at least 0, so the cost never falls as volume rises.
 */
public record StepCost(
        double fixed,
        double perToken,
        double capacityPerUnit,
        int minUnits,
        boolean spare,
        double perUnit,
        int unitsPerContainer,
        double perContainer)
        implements PiecewiseCost {

    /** Beyond this every whole token is still exact in a double; no band is searched past it. */
    static final double LAST_EXACT_TOKEN = 0x1p52;

    public StepCost {
        requireAmount("fixed cost", fixed);
        requireAmount("cost per token", perToken);
        requireAmount("cost per unit", perUnit);
        requireAmount("cost per container", perContainer);
        if (!(capacityPerUnit > 0) || Double.isInfinite(capacityPerUnit)) {
            throw new IllegalArgumentException("capacity per unit must be above 0 tokens a month: " + capacityPerUnit);
        }
        if (minUnits < 0) {
            throw new IllegalArgumentException("the minimum number of units cannot be negative: " + minUnits);
        }
        if (unitsPerContainer < 1) {
            throw new IllegalArgumentException("a container holds at least one unit: " + unitsPerContainer);
        }
    }

    private static void requireAmount(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite amount of at least 0: " + value);
        }
    }

    /** Units (replicas) at V tokens a month, the spare included. */
    public double units(double tokens) {
        return Math.max(minUnits, Math.ceil(tokens / capacityPerUnit)) + (spare ? 1 : 0);
    }

    /** Containers (instances, servers) at V tokens a month. */
    public double containers(double tokens) {
        return Math.ceil(units(tokens) / unitsPerContainer);
    }

    @Override
    public double at(double tokens) {
        double units = units(tokens);
        return fixed + perToken * tokens + perUnit * units + perContainer * Math.ceil(units / unitsPerContainer);
    }

    /** What changes the cost between bands: units when each is paid, else containers. */
    private double step(double tokens) {
        return perUnit > 0 ? units(tokens) : containers(tokens);
    }

    @Override
    public double lastOfBand(double token) {
        if (perUnit == 0 && perContainer == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double spareUnits = spare ? 1 : 0;
        // The band ends where ceil(V / capacity) passes the last unit count of this step.
        double lastUnits = perUnit > 0 ? units(token) : containers(token) * unitsPerContainer;
        double end = Math.floor((lastUnits - spareUnits) * capacityPerUnit);
        if (end >= LAST_EXACT_TOKEN) {
            return Double.POSITIVE_INFINITY;
        }
        // Settle the rounding of V / capacity on the function itself, so bands agree with at().
        double step = step(token);
        while (end > token && step(end) > step) {
            end--;
        }
        while (step(end + 1) == step) {
            end++;
        }
        return Math.max(end, token);
    }

    /**
     * From min x capacity on, ceil(V / capacity) = units - spare lies in [V / c, V / c + 1) and
     * containers in [units / n, units / n + 1), which bounds the cost between two parallel lines.
     */
    @Override
    public Bound bound(double token) {
        if (token < minUnits * capacityPerUnit) {
            return null;
        }
        double spareUnits = spare ? 1 : 0;
        double perContainerUnit = perContainer / unitsPerContainer;
        return new Bound(
                Double.POSITIVE_INFINITY,
                fixed + (perUnit + perContainerUnit) * spareUnits,
                perToken + (perUnit + perContainerUnit) / capacityPerUnit,
                perUnit + perContainerUnit + perContainer);
    }
}
