package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The GPU and benchmark migration applied to a database at the previous schema: every figure
 * that saved scenarios, share links and the article's tiers price with stays as it was.
 */
@PostgresTest
class SizingMigrationIT {

    private static final String SCHEMA = "before_sizing";

    /** The model columns that existed before: prices, sizes and estimates. */
    private static final String MODEL_COLUMNS = "id, version, name, vendor, license, output_per_million,"
            + " input_per_million, cached_input_per_million, context_window, params_total_billions,"
            + " params_active_billions, self_host_estimate_low, self_host_estimate_high, source, as_of";

    @Autowired
    DataSource dataSource;

    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** The last migration before V9 on the classpath ("8_1" is version 8.1). */
    private static String previousVersion() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> new java.math.BigDecimal(r.getFilename()
                        .substring(1, r.getFilename().indexOf("__"))
                        .replace('_', '.')))
                .filter(v -> v.compareTo(java.math.BigDecimal.valueOf(9)) < 0)
                .max(java.math.BigDecimal::compareTo)
                .map(java.math.BigDecimal::toPlainString)
                .orElseThrow();
    }

    private Map<String, List<Map<String, Object>>> figures(JdbcTemplate jdbc) {
        return Map.of(
                "model_price",
                        jdbc.queryForList("select " + MODEL_COLUMNS + " from " + SCHEMA + ".model_price order by id"),
                "hardware_tier", jdbc.queryForList("select * from " + SCHEMA + ".hardware_tier order by id"),
                "hidden_cost_category",
                        jdbc.queryForList("select * from " + SCHEMA + ".hidden_cost_category order by id"),
                "scenario", jdbc.queryForList("select * from " + SCHEMA + ".scenario order by id"),
                "share_link", jdbc.queryForList("select * from " + SCHEMA + ".share_link order by 1"));
    }

    @Test
    void leaves_every_price_tier_hidden_cost_scenario_and_share_link_as_it_was() throws IOException {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        flyway(previousVersion()).migrate();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                        Integer.class,
                        SCHEMA,
                        "gpu_type"))
                .isZero();
        var before = figures(jdbc);

        // V9 alone: later migrations add their own columns and facts (V12 DeepSeek V4 Flash's size).
        flyway("9").migrate();

        assertThat(figures(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".gpu_type", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".throughput_benchmark", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + SCHEMA + ".model_price where layers is not null", Integer.class))
                .as("all ten of the article's models have architecture facts")
                .isEqualTo(10);
        jdbc.execute("drop schema " + SCHEMA + " cascade");
    }
}
