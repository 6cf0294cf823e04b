package app.breakeven.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The login form and pages over real HTTP; each client keeps its own cookies, like a browser. */
final class HttpSignIn {

    private final int port;

    HttpSignIn(int port) {
        this.port = port;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    String origin() {
        return "http://localhost:" + port;
    }

    /** Posts the login form, with extra headers given as name, value pairs. */
    HttpResponse<String> signIn(HttpClient http, String user, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this client has a session that opens the app, rather than being sent to sign in. */
    boolean signedIn(HttpClient http) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(origin() + "/scenarios")).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }
}
