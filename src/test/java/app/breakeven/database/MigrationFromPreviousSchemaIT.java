package app.breakeven.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.scenarios.ScenarioDetails;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An install on the schema before V8 upgrades with its data intact: saved scenarios keep
 * every figure, and a frozen board link's pinned scenario, written in the shape the app
 * used then, reads back with the same values in the grouped shape it uses now.
 */
class MigrationFromPreviousSchemaIT {

    /** A frozen link's scenario exactly as the app wrote it before V8 (flat fields). */
    private static final String FLAT_FROZEN_SCENARIO = """
            {"id":7,"version":2,"name":"Pinned for the board","description":null,
             "inputs":{"tokensPerDay":5.0E7,"model":"DeepSeek V4 Flash","tier":"27-32B","deployment":"CLOUD",
                       "utilization":0.7,"peakFactor":1.5,"inputShare":0.25,"daysPerMonth":30,"engineeringMonthly":null},
             "growthPerMonth":0.12,"horizonMonths":36,"engineerMonthlyCost":15000.0,"engineerShare":0.2,
             "migrationCost":25000.0,"hybridThreshold":4.0E8,"hybridMonths":4,
             "conditions":{"complianceForbidsThirdParties":true,"researchNeedsModelChanges":false,
                           "idleGpusOnHand":false,"latencyUnder50ms":true}}""";

    @TempDir
    Path directory;

    private static Flyway flyway(HikariDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void saved_scenarios_and_frozen_links_keep_their_numbers() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        try (var db = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(directory, 0, true));
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            flyway(ds, "7").migrate();
            var jdbc = new JdbcTemplate(ds);
            long scenarioId = jdbc.queryForObject("select min(id) from scenario", Long.class);
            jdbc.update(
                    "insert into share_link (scenario_id, token_hash, created_at, expires_at, frozen,"
                            + " frozen_scenario, frozen_catalogue) values (?, ?, now(), now() + interval '30 days',"
                            + " true, ?, '{}')",
                    scenarioId,
                    "a".repeat(64),
                    FLAT_FROZEN_SCENARIO);
            String scenarios = "select * from scenario order by id";
            List<Map<String, Object>> before = jdbc.queryForList(scenarios);

            flyway(ds, "latest").migrate();

            // Every column the scenarios had keeps its value; later migrations only add columns.
            List<Map<String, Object>> after = jdbc.queryForList(scenarios);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).containsAllEntriesOf(before.get(i));
            }
            String migrated = jdbc.queryForObject("select frozen_scenario from share_link", String.class);
            ScenarioDetails pinned = JsonMapper.builder().build().readValue(migrated, ScenarioDetails.class);
            assertThat(pinned.name()).isEqualTo("Pinned for the board");
            assertThat(pinned.inputs().tokensPerDay()).isEqualTo(5.0e7);
            assertThat(pinned.inputs().utilization()).isEqualTo(0.7);
            assertThat(pinned.growth().perMonth()).isEqualTo(0.12);
            assertThat(pinned.growth().horizonMonths()).isEqualTo(36);
            assertThat(pinned.engineering().engineerMonthlyCost()).isEqualTo(15000.0);
            assertThat(pinned.engineering().share()).isEqualTo(0.2);
            assertThat(pinned.hybrid().migrationCost()).isEqualTo(25000.0);
            assertThat(pinned.hybrid().threshold()).isEqualTo(4.0e8);
            assertThat(pinned.hybrid().months()).isEqualTo(4);
            assertThat(pinned.conditions().complianceForbidsThirdParties()).isTrue();
            assertThat(pinned.conditions().latencyUnder50ms()).isTrue();
        }
    }
}
