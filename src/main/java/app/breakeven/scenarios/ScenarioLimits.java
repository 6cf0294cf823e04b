package app.breakeven.scenarios;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Every bound on what a scenario may hold, in one place: {@link ScenarioInputs#problems} and
 * {@link ScenarioDetails#problems} check them and word their messages from them, the
 * {@link Scenario} entity's bean-validation annotations name them, and the migration's CHECK
 * constraints say the same numbers ({@code ScenarioLimitsIT} writes each bound and the value
 * just past it to PostgreSQL to prove it). Decimal bounds are strings because annotations
 * take only constants; the {@code double} beside each is read from that string.
 */
public final class ScenarioLimits {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    /** 100 billion tokens a day, the most the engine prices ({@code CostProfile.MAX_TOKENS_PER_DAY}). */
    public static final String TOKENS_PER_DAY_MAX = "100000000000";

    public static final double TOKENS_PER_DAY_MAX_VALUE = number(TOKENS_PER_DAY_MAX);

    /**
     * Below 1% a deployment serves next to nothing and the deployment count explodes (at
     * 1e-320 it saturated at 2,147,483,647); no one plans a GPU that idle.
     */
    public static final String UTILIZATION_MIN = "0.01";

    public static final double UTILIZATION_MIN_VALUE = number(UTILIZATION_MIN);

    public static final String PEAK_FACTOR_MIN = "1";
    public static final String PEAK_FACTOR_MAX = "100";
    public static final double PEAK_FACTOR_MAX_VALUE = number(PEAK_FACTOR_MAX);

    public static final int DAYS_PER_MONTH_MIN = 1;
    public static final int DAYS_PER_MONTH_MAX = 31;

    /** Exclusive: a fall of 100% a month leaves nothing to plan for. */
    public static final String GROWTH_ABOVE = "-1";

    public static final double GROWTH_ABOVE_VALUE = number(GROWTH_ABOVE);

    public static final String GROWTH_MAX = "10";
    public static final double GROWTH_MAX_VALUE = number(GROWTH_MAX);

    public static final int HORIZON_MIN_MONTHS = 1;
    public static final int HORIZON_MAX_MONTHS = 60;

    public static final String ENGINEER_MONTHLY_MAX = "10000000";
    public static final double ENGINEER_MONTHLY_MAX_VALUE = number(ENGINEER_MONTHLY_MAX);

    public static final String MIGRATION_COST_MAX = "1000000000";
    public static final double MIGRATION_COST_MAX_VALUE = number(MIGRATION_COST_MAX);

    public static final int HYBRID_MIN_MONTHS = 1;

    /** The longest context any current open model takes (1M tokens). */
    public static final int CONTEXT_MAX_TOKENS = 1_048_576;

    /** Sequences a replica serves at once; well past what any serving engine batches. */
    public static final int CONCURRENCY_MAX = 4096;

    /** Tokens a request, input or output: the longest context any current open model takes. */
    public static final String TOKENS_PER_REQUEST_MAX = "1048576";

    public static final double TOKENS_PER_REQUEST_MAX_VALUE = number(TOKENS_PER_REQUEST_MAX);

    /** As with utilization: below 1% of a replica's throughput the replica count explodes. */
    public static final String HEADROOM_MIN = "0.01";

    public static final double HEADROOM_MIN_VALUE = number(HEADROOM_MIN);

    /** Scale-to-zero's buffer on the busy hours: at most ten times the work (1,000%). */
    public static final String RUNTIME_BUFFER_MAX = "10";

    public static final double RUNTIME_BUFFER_MAX_VALUE = number(RUNTIME_BUFFER_MAX);

    public static final int MINIMUM_REPLICAS_MAX = 1000;

    /** People running one path, in full-time equivalents. */
    public static final String OPS_FTE_MAX = "100";

    public static final double OPS_FTE_MAX_VALUE = number(OPS_FTE_MAX);

    private ScenarioLimits() {}

    private static double number(String text) {
        return new BigDecimal(text).doubleValue();
    }

    /** A bound as a message shows it: {@code 100000000000} as {@code 100,000,000,000}. */
    static String shown(String bound) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US))
                .format(new BigDecimal(bound));
    }

    /** A share bound as a percentage: {@code 0.01} as {@code 1%}. */
    static String percent(String bound) {
        return shown(new BigDecimal(bound).movePointRight(2).toPlainString()) + "%";
    }
}
