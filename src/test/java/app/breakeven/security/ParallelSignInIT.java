package app.breakeven.security;

import static app.breakeven.security.HttpSignIn.location;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.test.context.support.WithUserDetails;

/** Guesses sent all at once, over real HTTP, check no more passwords than the lock allows. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class ParallelSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuthenticationProvider authentication;

    private HttpSignIn http;

    @BeforeEach
    void http() {
        http = new HttpSignIn(port);
    }

    private long passwordsChecked() {
        return ((ThrottledAuthentication) ((OutageAwareAuthentication) authentication).delegate()).passwordsChecked();
    }

    @Test
    void forty_guesses_at_once_with_the_right_password_last_neither_sign_in_nor_escape_the_lock() throws Exception {
        String username = "user-" + System.nanoTime();
        String password = "a long enough password";
        accounts.create(username, null, password, EnumSet.of(Role.PLANNER));
        long before = passwordsChecked();
        var start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> wrong = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            String guess = "guess " + i;
            wrong.add(() -> signInOnce(start, username, guess));
        }
        try (var pool = Executors.newFixedThreadPool(40);
                HttpClient rightClient = HttpSignIn.client()) {
            List<Future<HttpResponse<String>>> guesses =
                    wrong.stream().map(pool::submit).toList();
            Future<HttpResponse<String>> right = pool.submit(() -> {
                start.await();
                // Sent last: once as many guesses as the lock allows are being checked.
                awaitPasswordsChecked(before + LoginThrottle.MAX_FAILURES);
                return http.signIn(rightClient, username, password);
            });
            start.countDown();
            for (var guess : guesses) {
                assertThat(location(guess.get(2, TimeUnit.MINUTES))).endsWith("/login?error");
            }

            assertThat(location(right.get(2, TimeUnit.MINUTES))).endsWith("/login?error");
            assertThat(http.signedIn(rightClient)).isFalse();
        }
        assertThat(throttle.lockedUntil(username)).isPresent();
        assertThat(passwordsChecked() - before).isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void eighty_guesses_at_once_on_an_unknown_name_check_at_most_ten_passwords() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        long before = passwordsChecked();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(80)) {
            List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String guess = "guess " + i;
                guesses.add(pool.submit(() -> signInOnce(start, ghost, guess)));
            }
            start.countDown();
            for (var guess : guesses) {
                assertThat(location(guess.get(2, TimeUnit.MINUTES))).endsWith("/login?error");
            }
        }
        assertThat(passwordsChecked() - before).isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(throttle.lockedUntil(ghost)).isPresent();
    }

    private HttpResponse<String> signInOnce(CountDownLatch start, String username, String password) throws Exception {
        try (HttpClient client = HttpSignIn.client()) {
            start.await();
            return http.signIn(client, username, password);
        }
    }

    private void awaitPasswordsChecked(long count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (passwordsChecked() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(2);
        }
    }
}
