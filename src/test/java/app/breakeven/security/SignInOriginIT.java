package app.breakeven.security;

import static app.breakeven.security.HttpSignIn.location;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.net.http.HttpClient;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.test.context.support.WithUserDetails;

/** A login form posted from another site must not sign the browser in, over real HTTP. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class SignInOriginIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuthenticationProvider authentication;

    private HttpSignIn http;
    private String username;
    private final String password = "a long enough password";

    @BeforeEach
    void newAccount() {
        http = new HttpSignIn(port);
        username = "user-" + System.nanoTime();
        accounts.create(username, null, password, EnumSet.of(Role.PLANNER));
    }

    private long passwordsChecked() {
        return ((ThrottledAuthentication) ((OutageAwareAuthentication) authentication).delegate()).passwordsChecked();
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_before_any_password_is_checked() throws Exception {
        String[][] elsewhere = {
            {"Origin", "https://evil.example"},
            {"Origin", "null"},
            {"Origin", "http://localhost:1"},
            {"Origin", "https://localhost:" + port},
            {"Referer", "https://evil.example/login"}
        };
        long before = passwordsChecked();
        for (String[] header : elsewhere) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(http.signIn(HttpSignIn.client(), username, "guess " + i, header)
                                .statusCode())
                        .as(header[1])
                        .isEqualTo(403);
            }
            try (HttpClient browser = HttpSignIn.client()) {
                assertThat(http.signIn(browser, username, password, header).statusCode())
                        .as(header[1])
                        .isEqualTo(403);
                assertThat(http.signedIn(browser)).as(header[1]).isFalse();
            }
        }
        assertThat(passwordsChecked()).as("no password checked").isEqualTo(before);
        assertThat(throttle.lockedUntil(username)).as("no attempt counted").isEmpty();
    }

    @Test
    void a_sign_in_from_this_site_or_from_a_client_that_names_no_site_goes_through() throws Exception {
        String[][] sameSite = {
            {"Origin", http.origin()},
            {"Referer", http.origin() + "/login"},
            {"Origin", http.origin(), "Referer", "https://evil.example/"},
            {}
        };
        for (String[] headers : sameSite) {
            try (HttpClient browser = HttpSignIn.client()) {
                var response = http.signIn(browser, username, password, headers);
                assertThat(response.statusCode()).as(String.join(" ", headers)).isEqualTo(302);
                assertThat(location(response)).as(String.join(" ", headers)).doesNotContain("error");
                assertThat(http.signedIn(browser)).as(String.join(" ", headers)).isTrue();
            }
        }
    }
}
