package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration's CHECK constraints say the same numbers as {@link ScenarioLimits}: each
 * bound is written to a stored scenario and accepted, and the value one step of the
 * column's scale past it is refused by PostgreSQL. Every write is rolled back.
 */
@PostgresTest
class ScenarioLimitsIT {

    /** A column, a bound the app allows, and the step of the column's scale that crosses it. */
    record Bound(String column, String allowed, String step) {

        Object past() {
            return new BigDecimal(allowed).add(new BigDecimal(step));
        }
    }

    private static final String MONEY = "0.01";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long scenarioId() {
        return jdbc.queryForObject("select min(id) from scenario", Long.class);
    }

    private void write(String column, Object value) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long id = scenarioId();
            // The hybrid months may not exceed the horizon, and engineering needs both figures.
            jdbc.update(
                    "update scenario set hybrid_months = 1, engineer_share = 0.5,"
                            + " engineer_monthly_cost = coalesce(engineer_monthly_cost, 0) where id = ?",
                    id);
            jdbc.update("update scenario set " + column + " = ? where id = ?", value, id);
        });
    }

    private static List<Bound> bounds() {
        return List.of(
                new Bound("tokens_per_day", ScenarioLimits.TOKENS_PER_DAY_MAX, "1"),
                new Bound("tokens_per_day", "0", "-1"),
                new Bound("utilization", ScenarioLimits.UTILIZATION_MIN, "-0.0001"),
                new Bound("utilization", "1", "0.0001"),
                new Bound("peak_factor", ScenarioLimits.PEAK_FACTOR_MIN, "-0.001"),
                new Bound("peak_factor", ScenarioLimits.PEAK_FACTOR_MAX, "0.001"),
                new Bound("growth_per_month", ScenarioLimits.GROWTH_MAX, "0.0001"),
                new Bound(
                        "growth_per_month",
                        new BigDecimal(ScenarioLimits.GROWTH_ABOVE)
                                .add(new BigDecimal("0.0001"))
                                .toPlainString(),
                        "-0.0001"),
                new Bound("engineer_monthly_cost", ScenarioLimits.ENGINEER_MONTHLY_MAX, MONEY),
                new Bound("engineer_share", "1", "0.0001"),
                new Bound("migration_cost", ScenarioLimits.MIGRATION_COST_MAX, MONEY),
                new Bound("migration_cost", "0", "-" + MONEY),
                new Bound("hybrid_threshold", ScenarioLimits.TOKENS_PER_DAY_MAX, "1"),
                new Bound("input_share", "1", "0.0001"),
                new Bound("input_share", "0", "-0.0001"));
    }

    @Test
    void each_decimal_bound_is_accepted_and_one_step_past_it_is_refused() {
        for (Bound bound : bounds()) {
            write(bound.column(), new BigDecimal(bound.allowed()));
            assertThatThrownBy(() -> write(bound.column(), bound.past()))
                    .as("%s = %s", bound.column(), bound.past())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void each_whole_number_and_length_bound_is_accepted_and_one_past_it_is_refused() {
        int[][] months = {
            {ScenarioLimits.HORIZON_MIN_MONTHS, ScenarioLimits.HORIZON_MIN_MONTHS - 1},
            {ScenarioLimits.HORIZON_MAX_MONTHS, ScenarioLimits.HORIZON_MAX_MONTHS + 1}
        };
        for (int[] pair : months) {
            write("horizon_months", pair[0]);
            assertThatThrownBy(() -> write("horizon_months", pair[1]))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        int[][] days = {
            {ScenarioLimits.DAYS_PER_MONTH_MIN, ScenarioLimits.DAYS_PER_MONTH_MIN - 1},
            {ScenarioLimits.DAYS_PER_MONTH_MAX, ScenarioLimits.DAYS_PER_MONTH_MAX + 1}
        };
        for (int[] pair : days) {
            write("days_per_month", pair[0]);
            assertThatThrownBy(() -> write("days_per_month", pair[1]))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        write("hybrid_months", ScenarioLimits.HYBRID_MIN_MONTHS);
        assertThatThrownBy(() -> write("hybrid_months", ScenarioLimits.HYBRID_MIN_MONTHS - 1))
                .isInstanceOf(DataIntegrityViolationException.class);

        write("name", "n".repeat(ScenarioLimits.NAME_MAX_LENGTH));
        assertThatThrownBy(() -> write("name", "n".repeat(ScenarioLimits.NAME_MAX_LENGTH + 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
        write("description", "d".repeat(ScenarioLimits.DESCRIPTION_MAX_LENGTH));
        assertThatThrownBy(() -> write("description", "d".repeat(ScenarioLimits.DESCRIPTION_MAX_LENGTH + 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A scenario with three paths: every group column set to a valid value, then one changed. */
    private void writePaths(String column, Object value) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long id = scenarioId();
            jdbc.update(
                    "update scenario set request_input_tokens = 1000, request_output_tokens = 250,"
                            + " cached_input_share = 0, batch_share = 0, active_hours_per_month = 730, headroom = 0.8,"
                            + " billing_mode = 'ALWAYS_ON', runtime_buffer = 0, minimum_replicas = 1, spare_replica = false,"
                            + " loaded_monthly_per_fte = 0, api_ops_fte = 0, rented_ops_fte = 0, owned_ops_fte = 0,"
                            + " api_implementation = 0, rented_implementation = 0, owned_implementation = 0,"
                            + " cost_lens = 'FULLY_LOADED' where id = ?",
                    id);
            jdbc.update("update scenario set " + column + " = ? where id = ?", value, id);
        });
    }

    @Test
    void each_three_path_bound_is_accepted_and_one_step_past_it_is_refused() {
        List<Bound> paths = List.of(
                new Bound("request_input_tokens", "0", "-0.01"),
                new Bound("request_input_tokens", ScenarioLimits.TOKENS_PER_REQUEST_MAX, "0.01"),
                new Bound("request_output_tokens", "0.01", "-0.01"),
                new Bound("request_output_tokens", ScenarioLimits.TOKENS_PER_REQUEST_MAX, "0.01"),
                new Bound("cached_input_share", "1", "0.0001"),
                new Bound("batch_share", "0", "-0.0001"),
                new Bound("active_hours_per_month", "730", "0.01"),
                new Bound("active_hours_per_month", "0.01", "-0.01"),
                new Bound("headroom", ScenarioLimits.HEADROOM_MIN, "-0.0001"),
                new Bound("headroom", "1", "0.0001"),
                new Bound("runtime_buffer", ScenarioLimits.RUNTIME_BUFFER_MAX, "0.0001"),
                new Bound("minimum_replicas", String.valueOf(ScenarioLimits.MINIMUM_REPLICAS_MAX), "1"),
                new Bound("minimum_replicas", "1", "-1"),
                new Bound("loaded_monthly_per_fte", ScenarioLimits.ENGINEER_MONTHLY_MAX, MONEY),
                new Bound("rented_ops_fte", ScenarioLimits.OPS_FTE_MAX, "0.001"),
                new Bound("owned_implementation", ScenarioLimits.MIGRATION_COST_MAX, MONEY),
                new Bound("own_pue", "1", "-0.000001"),
                new Bound("own_residual_share", "0.99", "0.000001"));
        for (Bound bound : paths) {
            Object allowed = bound.column().equals("minimum_replicas")
                    ? (Object) Integer.valueOf(bound.allowed())
                    : new BigDecimal(bound.allowed());
            Object past = bound.column().equals("minimum_replicas")
                    ? (Object) ((BigDecimal) bound.past()).intValueExact()
                    : bound.past();
            writePaths(bound.column(), allowed);
            assertThatThrownBy(() -> writePaths(bound.column(), past))
                    .as("%s = %s", bound.column(), past)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        // All or none: the group's columns go together.
        assertThatThrownBy(() -> write("headroom", new BigDecimal("0.8")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> writePaths("billing_mode", "SOMETIMES"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_volume_bound_is_the_engines() {
        assertThat(ScenarioLimits.TOKENS_PER_DAY_MAX_VALUE)
                .isEqualTo(app.breakeven.costs.CostProfile.MAX_TOKENS_PER_DAY);
    }
}
