package app.breakeven.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** An API token's "last used" is written at most once a minute, so its callers do not queue on its row. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class ApiTokenLastUsedIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private String token;
    private long tokenId;

    @BeforeEach
    void newToken() {
        long account = accounts.create("user-" + System.nanoTime(), null, null, EnumSet.of(Role.VIEWER))
                .account()
                .id();
        String name = "last used " + System.nanoTime();
        token = accounts.issueToken(account, name);
        tokenId = accounts.tokens().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The row's version in PostgreSQL: any UPDATE, even one that changes nothing, makes a new one. */
    private String rowVersion() {
        return jdbc.queryForObject("select xmin::text from api_token where id = ?", String.class, tokenId);
    }

    private Instant lastUsed() {
        return jdbc.queryForObject(
                "select last_used_at from api_token where id = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(),
                tokenId);
    }

    @Test
    void a_second_request_within_the_minute_writes_nothing() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                    .header("Authorization", "Bearer " + token)
                    .build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
            Instant first = lastUsed();
            String version = rowVersion();

            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);

            assertThat(lastUsed()).isEqualTo(first);
            assertThat(rowVersion())
                    .as("not even an UPDATE that changes nothing")
                    .isEqualTo(version);
        }
    }

    @Test
    void last_used_moves_on_once_a_minute_has_passed() {
        Instant start = Instant.parse("2031-03-01T09:00:00Z");

        useAt(start);
        String version = rowVersion();
        useAt(start.plusSeconds(59));
        assertThat(lastUsed()).isEqualTo(start);
        assertThat(rowVersion()).isEqualTo(version);

        useAt(start.plusSeconds(60));
        assertThat(lastUsed()).isEqualTo(start.plusSeconds(60));
        useAt(start.plusSeconds(61).plus(500, ChronoUnit.MILLIS));
        assertThat(lastUsed()).isEqualTo(start.plusSeconds(60));
    }

    private void useAt(Instant at) {
        var authentication = new ApiTokenAuthentication(tokens, accountRepository, Clock.fixed(at, ZoneOffset.UTC));
        Optional<Authentication> signedIn = transactions.execute(status -> authentication.authenticate(token));
        assertThat(signedIn).isPresent();
    }
}
