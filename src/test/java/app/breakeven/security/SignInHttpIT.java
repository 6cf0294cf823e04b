package app.breakeven.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/** Sign-in, throttling, API tokens and security headers, over real HTTP. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class SignInHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String username;
    private AccountSummary account;
    private final String password = "a long enough password";

    @BeforeEach
    void newAccount() {
        username = "user-" + System.nanoTime();
        account = accounts.create(username, null, password, EnumSet.of(Role.PLANNER))
                .account();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> signIn(HttpClient http, String user, String pw) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(pw, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient http, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void the_right_password_signs_in_and_opens_the_app_and_the_api() throws Exception {
        HttpClient http = client();
        assertThat(location(get(http, "/scenarios"))).endsWith("/login");

        var response = signIn(http, username, password);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        assertThat(get(http, "/scenarios").statusCode()).isEqualTo(200);
        assertThat(get(http, "/api/v1/catalogue").statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_password_unknown_user_and_locked_account_all_get_the_same_answer() throws Exception {
        var wrong = signIn(client(), username, "not the password");
        var unknown = signIn(client(), "nobody-" + System.nanoTime(), "not the password");

        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(location(wrong)).endsWith("/login?error");
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(location(unknown)).isEqualTo(location(wrong));
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void ten_failures_lock_the_account_for_fifteen_minutes_even_against_the_right_password() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            signIn(client(), username, "guess " + i);
        }
        assertThat(location(signIn(client(), username, password)))
                .as("nine failures do not lock")
                .doesNotContain("error");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn(client(), username, "guess " + i);
        }
        Instant afterLock = Instant.now();

        var locked = signIn(client(), username, password);

        assertThat(location(locked)).endsWith("/login?error");
        AccountSummary summary = accounts.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(summary.locked()).isTrue();
        assertThat(Duration.between(afterLock, summary.lockedUntil()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

        accounts.resetPassword(summary.id(), summary.version(), password);
        assertThat(location(signIn(client(), username, password)))
                .as("a reset lifts the lock")
                .doesNotContain("error");
    }

    @Test
    void an_unknown_username_is_locked_like_a_real_one_and_a_lock_learns_nothing_from_guesses() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn(client(), ghost, "guess " + i);
            signIn(client(), username, "guess " + i);
        }
        assertThat(throttle.lockedUntil(ghost)).isPresent();
        Instant until = throttle.lockedUntil(username).orElseThrow();

        var right = signIn(client(), username, password);
        var wrong = signIn(client(), username, "still guessing");

        assertThat(location(right)).isEqualTo(location(wrong)).endsWith("/login?error");
        assertThat(right.body()).isEqualTo(wrong.body());
        assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = ?", Long.class, username))
                .as("guesses during a lock are not recorded, right or wrong")
                .isZero();
        assertThat(throttle.lockedUntil(username)).hasValue(until);
    }

    @Test
    void a_password_reset_ends_open_sessions_and_revokes_api_tokens() throws Exception {
        HttpClient http = client();
        signIn(http, username, password);
        String token = accounts.issueToken(account.id(), "reset test");
        assertThat(get(http, "/api/v1/catalogue").statusCode()).isEqualTo(200);

        accounts.resetPassword(account.id(), account.version(), "a brand new password");

        assertThat(get(http, "/api/v1/catalogue").statusCode()).isEqualTo(401);
        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
        assertThat(location(signIn(client(), username, "a brand new password"))).doesNotContain("error");
    }

    @Test
    void changing_ones_own_password_ends_the_accounts_other_sessions() throws Exception {
        HttpClient elsewhere = client();
        signIn(elsewhere, username, password);
        assertThat(get(elsewhere, "/api/v1/catalogue").statusCode()).isEqualTo(200);

        signIn.as(username, () -> accounts.changeOwnPassword(password, "my own new password"));

        assertThat(get(elsewhere, "/api/v1/catalogue").statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_tokens_stop_working() throws Exception {
        String token = accounts.issueToken(account.id(), "disabled test");
        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);

        accounts.setEnabled(account.id(), account.version(), false);

        assertThat(location(signIn(client(), username, password))).endsWith("/login?error");
        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_once() throws Exception {
        HttpClient http = client();
        signIn(http, username, password);
        assertThat(get(http, "/api/v1/catalogue").statusCode()).isEqualTo(200);

        accounts.setEnabled(account.id(), account.version(), false);

        assertThat(get(http, "/api/v1/catalogue").statusCode()).isEqualTo(401);
        assertThat(location(get(http, "/scenarios"))).endsWith("/login");
    }

    @Test
    void the_api_wants_an_account_and_refuses_unknown_or_revoked_tokens() throws Exception {
        var anonymous = get(client(), "/api/v1/catalogue");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("\"status\":401").doesNotContain("null");

        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + "x".repeat(43))
                        .statusCode())
                .isEqualTo(401);

        String token = accounts.issueToken(account.id(), "revoked test");
        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);
        long id = accounts.tokens().stream()
                .filter(t -> t.name().equals("revoked test"))
                .findFirst()
                .orElseThrow()
                .id();
        accounts.revokeToken(id);
        assertThat(get(client(), "/api/v1/catalogue", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void responses_carry_the_security_headers_and_a_locked_down_session_cookie() throws Exception {
        for (String path : new String[] {"/login", "/", "/api/v1/catalogue", "/shared/" + "B".repeat(43)}) {
            var response = get(client(), path);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"));
        }
        assertThat(get(client(), "/shared/" + "B".repeat(43)).headers().firstValue("Referrer-Policy"))
                .hasValue("no-referrer");
        var login = get(client(), "/login");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void signing_in_starts_a_new_session() throws Exception {
        HttpClient http = client();
        get(http, "/login");
        String before = ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();

        signIn(http, username, password);

        String after = ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        assertThat(after).isNotEqualTo(before);
    }
}
