package app.breakeven.api;

import app.breakeven.security.AccountService;
import app.breakeven.security.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls to {@code /api/v1} over real HTTP with an API token an admin issued to the planner. */
final class PlannerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    /** Issues the token; the caller runs as an admin. */
    PlannerApi(int port, AccountService accounts) {
        this.port = port;
        long planner = accounts.accounts().stream()
                .filter(a -> a.username().equals(TestAccounts.PLANNER))
                .findFirst()
                .orElseThrow()
                .id();
        this.token = accounts.issueToken(planner, "API test");
    }

    /** POSTs JSON to {@code /api/v1/<path>}. */
    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The fields a problem detail names, in its order. */
    static List<String> fields(HttpResponse<String> response) {
        return json(response)
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
