package app.breakeven.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.security.AccountService;
import app.breakeven.security.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API answer that is not a success is a problem detail with the status that says
 * what went wrong, over real HTTP, for token and session callers alike; a token caller
 * never gets a session.
 */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class ApiProblemsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 64 * 1024;
    private static final String SMALL_REQUEST = """
            {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B"}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private String token;

    @BeforeEach
    void issueToken() {
        long planner = accounts.accounts().stream()
                .filter(a -> a.username().equals(TestAccounts.PLANNER))
                .findFirst()
                .orElseThrow()
                .id();
        token = accounts.issueToken(planner, "API problems test");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder withToken(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return send(http, request);
    }

    private HttpResponse<String> evaluate(HttpRequest.BodyPublisher body) throws Exception {
        return send(withToken("/api/v1/evaluate")
                .header("Content-Type", "application/json")
                .POST(body)
                .build());
    }

    /** A valid request padded with spaces to exactly {@code size} bytes. */
    private static byte[] paddedRequest(int size) {
        String start = SMALL_REQUEST.substring(0, SMALL_REQUEST.length() - 1);
        return (start + " ".repeat(size - SMALL_REQUEST.length()) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpClient signedInBrowser() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + TestAccounts.PLANNER + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        var signIn = send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("a token caller gets no session")
                .isEmpty();
    }

    @Test
    void a_wrong_method_is_405_with_allow_for_a_token_and_for_a_session() throws Exception {
        var withToken = send(withToken("/api/v1/evaluate").GET().build());
        var withSession = send(
                signedInBrowser(),
                HttpRequest.newBuilder(uri("/api/v1/evaluate")).GET().build());
        var deleteCatalogue = send(withToken("/api/v1/catalogue").DELETE().build());

        assertProblem(withToken, 405);
        assertThat(withToken.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertNoSession(withToken);
        assertProblem(withSession, 405);
        assertThat(withSession.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertProblem(deleteCatalogue, 405);
        assertThat(deleteCatalogue.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void an_unknown_path_is_404_whatever_the_method_and_never_the_app_page() throws Exception {
        var get = send(withToken("/api/v1/nope").GET().build());
        var post = send(withToken("/api/v2/evaluate")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SMALL_REQUEST))
                .build());
        var withSession = send(
                signedInBrowser(),
                HttpRequest.newBuilder(uri("/api/nope/deeper")).GET().build());

        assertProblem(get, 404);
        assertNoSession(get);
        assertProblem(post, 404);
        assertNoSession(post);
        assertProblem(withSession, 404);
    }

    @Test
    void an_anonymous_caller_is_asked_to_sign_in_before_learning_which_paths_exist() throws Exception {
        var unknown = send(HttpRequest.newBuilder(uri("/api/v1/nope")).GET().build());
        var wrongMethod =
                send(HttpRequest.newBuilder(uri("/api/v1/evaluate")).GET().build());

        assertProblem(unknown, 401);
        assertProblem(wrongMethod, 401);
        assertThat(unknown.body()).isEqualTo(wrongMethod.body());
        assertNoSession(unknown);
    }

    @Test
    void a_body_above_64_kb_is_413_whether_its_length_is_declared_or_chunked() throws Exception {
        var declared = evaluate(HttpRequest.BodyPublishers.ofByteArray(paddedRequest(LIMIT + 1)));
        var chunked = evaluate(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(paddedRequest(4 * LIMIT))));
        var atTheLimit = evaluate(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(paddedRequest(LIMIT))));

        assertProblem(declared, 413);
        assertNoSession(declared);
        assertProblem(chunked, 413);
        assertThat(atTheLimit.statusCode()).as(atTheLimit.body()).isEqualTo(200);
    }

    @Test
    void an_unknown_name_is_echoed_at_most_100_characters() throws Exception {
        String name = "M".repeat(20_000);
        var response = evaluate(HttpRequest.BodyPublishers.ofString("""
                {"tokensPerDay": 1000, "model": "%s", "tier": "%s"}""".formatted(name, name)));

        assertProblem(response, 400);
        assertThat(response.body().length()).isLessThan(1_000);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("model", "tier");
        assertThat(errors.valueStream().map(e -> e.get("message").asString()))
                .allSatisfy(message ->
                        assertThat(message).contains("M".repeat(100) + "…").doesNotContain("M".repeat(101)));
    }

    @Test
    void a_sized_request_names_every_bad_field_at_once_and_quotes_a_gpu_name_at_most_100_characters() throws Exception {
        String gpu = "G".repeat(20_000);
        var response = evaluate(HttpRequest.BodyPublishers.ofString("""
                {"tokensPerDay": -1, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "%s",
                 "contextTokens": 0, "concurrency": 0}""".formatted(gpu)));

        assertProblem(response, 400);
        assertThat(response.body().length()).isLessThan(1_000);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("tokensPerDay", "gpu", "contextTokens", "concurrency");
        assertThat(errors.valueStream()
                        .filter(e -> e.get("field").asString().equals("gpu"))
                        .map(e -> e.get("message").asString()))
                .singleElement()
                .satisfies(message ->
                        assertThat(message).contains("G".repeat(100) + "…").doesNotContain("G".repeat(101)));
    }
}
