package app.breakeven.costs;

/**
 * Break-even volumes in tokens a day for the low, mid and high ends of the self-host
 * cost range. The low end breaks even first. {@link Double#POSITIVE_INFINITY} means
 * not reached up to {@link CostProfile#MAX_TOKENS_PER_DAY}.
 */
public record BreakEven(double low, double mid, double high) {

    public static boolean reached(double tokensPerDay) {
        return Double.isFinite(tokensPerDay);
    }

    static BreakEven of(CostProfile profile, boolean full) {
        return new BreakEven(
                profile.breakEven(CostRange.Level.LOW, full),
                profile.breakEven(CostRange.Level.MID, full),
                profile.breakEven(CostRange.Level.HIGH, full));
    }
}
