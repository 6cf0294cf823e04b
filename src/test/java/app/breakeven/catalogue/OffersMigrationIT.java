package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The offers migration applied to a database at the previous schema: every figure of every
 * existing table stays as it was; only the new tables and the new batch column appear.
 */
@PostgresTest
class OffersMigrationIT {

    private static final String SCHEMA = "before_offers";
    private static final BigDecimal OFFERS = BigDecimal.valueOf(13);

    /** Every table the previous schema prices or shares with. */
    private static final List<String> TABLES = List.of(
            "model_price",
            "hardware_tier",
            "hidden_cost_category",
            "gpu_type",
            "throughput_benchmark",
            "scenario",
            "share_link",
            "catalogue_change");

    @Autowired
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    /** The last migration before V13 on the classpath ("8_1" is version 8.1). */
    private static String previousVersion() throws IOException {
        return Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> new BigDecimal(r.getFilename()
                        .substring(1, r.getFilename().indexOf("__"))
                        .replace('_', '.')))
                .filter(v -> v.compareTo(OFFERS) < 0)
                .max(BigDecimal::compareTo)
                .map(BigDecimal::toPlainString)
                .orElseThrow();
    }

    private List<String> columns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema = ? and table_name = ?"
                        + " order by ordinal_position",
                String.class,
                SCHEMA,
                table);
    }

    /** Each table's rows, reading only the columns it had before. */
    private Map<String, List<Map<String, Object>>> figures(JdbcTemplate jdbc, Map<String, List<String>> columns) {
        Map<String, List<Map<String, Object>>> figures = new LinkedHashMap<>();
        columns.forEach((table, names) -> figures.put(
                table,
                jdbc.queryForList(
                        "select " + String.join(", ", names) + " from " + SCHEMA + "." + table + " order by 1")));
        return figures;
    }

    @Test
    void leaves_every_existing_figure_as_it_was_and_adds_the_offers() throws IOException {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        flyway(previousVersion()).migrate();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        TABLES.forEach(table -> columns.put(table, columns(jdbc, table)));
        assertThat(columns.get("model_price")).doesNotContain("batch_discount");
        var before = figures(jdbc, columns);

        flyway(OFFERS.toPlainString()).migrate();

        assertThat(figures(jdbc, columns)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".rented_offer", Integer.class))
                .isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".purchase_offer", Integer.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".ownership_assumption", Integer.class))
                .isEqualTo(OwnershipAssumption.RULES.size());
        assertThat(jdbc.queryForList(
                        "select name from " + SCHEMA + ".model_price where batch_discount is not null", String.class))
                .containsExactly("DeepSeek V3.2");
        jdbc.execute("drop schema " + SCHEMA + " cascade");
    }
}
