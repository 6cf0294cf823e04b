package app.breakeven.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.security.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator reaches: liveness and readiness and Prometheus metrics on the management
 * port (not on the app's port), the app's own counters among them, and compressed responses.
 */
@PostgresTest
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    @Test
    void liveness_and_readiness_are_up_on_the_management_port_and_readiness_checks_the_database() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        var liveness = get(management("/actuator/health/liveness"));
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        var readiness = get(management("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void prometheus_shows_sign_ins_requests_recomputations_and_the_connection_pool() throws Exception {
        var session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + TestAccounts.PLANNER + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        var signIn = session.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        session.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        var scrape = get(management("/actuator/prometheus"));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(counter(scrape.body(), "breakeven_sign_ins_total", "outcome=\"success\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(counter(scrape.body(), "http_server_requests_seconds_count", "uri=\"/api/v1/catalogue\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.body()).contains("hikaricp_connections_active", "hikaricp_connections_timeout_total");
    }

    @Test
    void the_apps_port_does_not_serve_metrics() throws Exception {
        var response = get("http://localhost:" + port + "/actuator/prometheus");
        assertThat(response.body()).doesNotContain("hikaricp").doesNotContain("jvm_memory");
    }

    @Test
    void pages_scripts_and_styles_go_out_compressed() throws Exception {
        var page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        List<String> assets = new ArrayList<>();
        var reference =
                Pattern.compile("(?:src|href)=\"\\.?(/[^\"]+\\.(?:js|css))\"").matcher(html);
        while (reference.find()) {
            assets.add(reference.group(1));
        }
        assertThat(assets).as(html).isNotEmpty();
        int compressed = 0;
        for (String asset : assets) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + asset))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            // Below 1 KB compressing saves nothing worth the work; everything larger goes out compressed.
            if (response.headers().firstValue("Content-Encoding").isEmpty()) {
                assertThat(response.body().length).as(asset).isLessThan(1024);
            } else {
                assertThat(response.headers().firstValue("Content-Encoding"))
                        .as(asset)
                        .hasValue("gzip");
                compressed++;
            }
        }
        assertThat(compressed).as("the bundle's scripts").isPositive();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The value of the first sample of a metric whose labels include the given one. */
    private static double counter(String scrape, String name, String label) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }
}
