package app.breakeven.scenarios;

/**
 * How the volume grows and how far ahead a scenario looks.
 *
 * @param perMonth      compound growth a month, e.g. 0.10 for 10%
 * @param horizonMonths months planned, {@link ScenarioLimits#HORIZON_MIN_MONTHS} to
 *                      {@link ScenarioLimits#HORIZON_MAX_MONTHS}
 */
public record GrowthPlan(double perMonth, int horizonMonths) {}
