package app.breakeven.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.database.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import app.breakeven.security.AccountService;
import app.breakeven.security.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

/**
 * PostgreSQL goes away while the app runs, then comes back. API callers are told the
 * service is unavailable, quickly and as such (not as a bad token), sign-in says so too,
 * and everything works again once the database is back, with no restart.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "breakeven.database.ephemeral=true",
            "server.port=0",
            // A property no other test sets: this test gets a context and a database of its own to stop.
            "breakeven.test.outage=true",
            // This test stops the database itself and starts it again.
            "breakeven.database.restart=false"
        })
@DirtiesContext
@WithUserDetails(TestAccounts.ADMIN)
class DatabaseOutageIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    AccountService accounts;

    private EmbeddedPostgres restarted;

    @AfterEach
    void stopTheRestartedDatabase() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int readiness() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(40))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> signIn(HttpClient client) throws Exception {
        String form = "username=" + TestAccounts.PLANNER + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .timeout(Duration.ofSeconds(40))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> catalogue(HttpClient client, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/catalogue")).timeout(Duration.ofSeconds(40));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnavailable(HttpResponse<String> response, Instant sent) {
        assertThat(Duration.between(sent, Instant.now())).isLessThan(PROMPTLY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":503");
    }

    @Test
    void callers_hear_that_the_database_is_unavailable_and_service_resumes_when_it_returns() throws Exception {
        long planner = accounts.accounts().stream()
                .filter(a -> a.username().equals(TestAccounts.PLANNER))
                .findFirst()
                .orElseThrow()
                .id();
        String token = accounts.issueToken(planner, "outage test");
        HttpClient session = browser();
        signIn(session);
        HttpClient integration = HttpClient.newHttpClient();
        assertThat(catalogue(integration, token).statusCode()).isEqualTo(200);
        assertThat(catalogue(session, null).statusCode()).isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);

        database.postgres().close();

        // A load balancer stops sending users here: readiness is down, and says so promptly.
        Instant probed = Instant.now();
        assertThat(readiness()).isEqualTo(503);
        assertThat(Duration.between(probed, Instant.now())).isLessThan(PROMPTLY);

        Instant sent = Instant.now();
        assertUnavailable(catalogue(integration, token), sent);
        sent = Instant.now();
        assertUnavailable(catalogue(session, null), sent);
        sent = Instant.now();
        var signIn = signIn(browser());
        assertThat(Duration.between(sent, Instant.now())).isLessThan(PROMPTLY);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?unavailable"));

        restarted = EmbeddedPostgres.builder()
                .setDataDirectory(database.directory())
                .setCleanDataDirectory(false)
                .setPort(database.postgres().getPort())
                .start();

        Instant deadline = Instant.now().plusSeconds(10);
        int status = catalogue(integration, token).statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = catalogue(integration, token).statusCode();
        }
        assertThat(status).as("the API answers again without a restart").isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);
        assertThat(catalogue(session, null).statusCode()).isEqualTo(200);
        assertThat(signIn(browser()).headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).doesNotContain("error").doesNotContain("unavailable"));
    }
}
