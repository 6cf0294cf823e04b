package app.breakeven.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.AccountService;
import app.breakeven.security.AccountSummary;
import app.breakeven.security.Role;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Share links on real PostgreSQL and over real HTTP. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SharingIT {

    @Autowired
    SignIn signIn;

    @Autowired
    SharingService sharing;

    @Autowired
    AccountService accounts;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private ScenarioDetails scenario() {
        return scenarios.save(scenarios.draft().withName("Shared " + System.nanoTime()));
    }

    @Test
    void a_link_is_a_256_bit_token_of_which_only_the_hash_is_stored() {
        CreatedLink link = sharing.create(scenario().id(), 30, false);

        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from share_link where token_hash = ?",
                        Integer.class,
                        SharingService.hash(link.token())))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from share_link where token_hash = ?", Integer.class, link.token()))
                .isZero();
    }

    @Test
    void a_valid_link_opens_and_counts_its_visits() {
        ScenarioDetails details = scenario();
        CreatedLink link = sharing.create(details.id(), 30, false);

        assertThat(sharing.open(link.token()))
                .hasValueSatisfying(s -> assertThat(s.details().name()).isEqualTo(details.name()));
        sharing.open(link.token());

        assertThat(sharing.links(details.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.openCount()).isEqualTo(2));
    }

    @Test
    void revoked_expired_unknown_and_guessed_tokens_open_nothing() {
        ScenarioDetails details = scenario();
        CreatedLink revoked = sharing.create(details.id(), 30, false);
        sharing.revoke(revoked.link().id());
        CreatedLink expired = sharing.create(details.id(), 1, false);
        jdbc.update(
                "update share_link set created_at = created_at - interval '3 days', "
                        + "expires_at = now() - interval '1 second' where id = ?",
                expired.link().id());

        assertThat(sharing.open(revoked.token())).isEmpty();
        assertThat(sharing.open(expired.token())).isEmpty();
        assertThat(sharing.open("A".repeat(43))).isEmpty();
        assertThat(sharing.open("not-a-token")).isEmpty();
        assertThat(sharing.open(null)).isEmpty();
        assertThatThrownBy(() -> sharing.create(details.id(), 0, false)).hasMessageContaining("1 to 365 days");
    }

    @Test
    void links_stop_working_when_their_planner_is_disabled_or_no_longer_a_planner() {
        String name = "sharer-" + System.nanoTime();
        AccountSummary sharer = signIn.as(
                TestAccounts.ADMIN,
                () -> accounts.create(name, null, null, EnumSet.of(Role.PLANNER))
                        .account());
        CreatedLink[] links = signIn.as(name, () -> {
            long id = scenarios.save(scenarios.draft().withName("By " + name)).id();
            return new CreatedLink[] {sharing.create(id, 30, false), sharing.create(id, 30, true)};
        });
        assertThat(sharing.open(links[0].token())).isPresent();

        AccountSummary disabled =
                signIn.as(TestAccounts.ADMIN, () -> accounts.setEnabled(sharer.id(), sharer.version(), false));
        assertThat(sharing.open(links[0].token())).isEmpty();
        assertThat(sharing.open(links[1].token())).isEmpty();

        AccountSummary viewer = signIn.as(TestAccounts.ADMIN, () -> {
            var enabled = accounts.setEnabled(disabled.id(), disabled.version(), true);
            return accounts.update(enabled.id(), enabled.version(), null, EnumSet.of(Role.VIEWER));
        });
        assertThat(viewer.roles()).containsExactly(Role.VIEWER);
        assertThat(sharing.open(links[0].token())).isEmpty();
    }

    @Test
    void a_frozen_link_keeps_the_prices_it_was_shared_with_and_a_live_one_follows_the_catalogue() {
        ScenarioDetails details = scenario();
        CreatedLink frozen = sharing.create(details.id(), 30, true);
        CreatedLink live = sharing.create(details.id(), 30, false);
        double before = hidden(frozen);

        HiddenCostCategory monitoring =
                CatalogueTable.HIDDEN_COSTS.copyOf(editing.<HiddenCostCategory>items(CatalogueKind.HIDDEN_COST).stream()
                        .filter(h -> h.getName().equals("Monitoring & alerting"))
                        .findFirst()
                        .orElseThrow());
        monitoring.setMonthlyHigh(new BigDecimal("1200"));
        HiddenCostCategory changed =
                signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.HIDDEN_COST, monitoring));
        try {
            assertThat(signIn.anonymous(() -> hidden(frozen))).isEqualTo(before);
            assertThat(signIn.anonymous(() -> hidden(live))).isEqualTo(before + 1000);
        } finally {
            changed.setMonthlyHigh(new BigDecimal("200"));
            signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.HIDDEN_COST, changed));
        }
    }

    private double hidden(CreatedLink link) {
        SharedScenario shared = sharing.open(link.token()).orElseThrow();
        return Planner.project(shared.details(), shared.catalogue())
                .plan()
                .evaluation()
                .hiddenMonthly()
                .high();
    }

    @Test
    void the_shared_page_sends_no_referrer_and_looks_the_same_for_any_unavailable_link() throws Exception {
        CreatedLink link = sharing.create(scenario().id(), 30, false);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> valid = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/shared/" + link.token()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/shared/" + "B".repeat(43)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
