package app.breakeven.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.database.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The embedded PostgreSQL is killed (SIGKILL, as the kernel's out-of-memory killer would)
 * while the app runs: the app starts it again by itself, readiness comes back, and what was
 * committed before is still there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "breakeven.database.ephemeral=true",
            "server.port=0",
            // A property no other test sets: this test gets a context and a database of its own to kill.
            "breakeven.test.restart=true"
        })
@DirtiesContext
class DatabaseRestartIT {

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @LocalManagementPort
    int managementPort;

    private int readiness() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void a_killed_embedded_postgres_is_started_again_with_its_data() throws Exception {
        jdbc.execute("create table restart_probe (note text)");
        jdbc.update("insert into restart_probe values ('committed before the kill')");
        // The test database commits asynchronously (a real one commits synchronously, so every
        // commit is on disk); a checkpoint puts this one on disk as a real commit would be.
        jdbc.execute("checkpoint");
        ProcessHandle postmaster =
                StalePostmaster.postmaster(database.directory()).orElseThrow();

        postmaster.destroyForcibly();
        postmaster.onExit().get();

        Instant killed = Instant.now();
        Instant deadline = killed.plusSeconds(30);
        int status = readiness();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = readiness();
        }
        assertThat(status).as("readiness is back without a restart of the app").isEqualTo(200);
        assertThat(StalePostmaster.postmaster(database.directory()))
                .hasValueSatisfying(again -> assertThat(again.pid()).isNotEqualTo(postmaster.pid()));
        assertThat(jdbc.queryForObject("select note from restart_probe", String.class))
                .isEqualTo("committed before the kill");
        System.out.println("Embedded PostgreSQL back after "
                + Duration.between(killed, Instant.now()).toMillis() + " ms");
    }
}
