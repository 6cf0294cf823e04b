package app.breakeven.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.security.AccountService;
import app.breakeven.security.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/** The three paths over real HTTP: the new answer, and bad terms refused naming each field. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class EvaluatePathsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private PlannerApi api;

    @BeforeEach
    void issueToken() {
        api = new PlannerApi(port, accounts);
    }

    @Test
    void answers_three_paths_with_their_lines_crossovers_and_switches() throws Exception {
        HttpResponse<String> response = api.post("evaluate", """
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "weights": "FP8", "peakFactor": 1, "utilization": 1, "daysPerMonth": 30,
                 "paths": {"inputTokensPerRequest": 1000, "outputTokensPerRequest": 250, "cachedInputShare": 0.5,
                           "activeHoursPerMonth": 730, "headroom": 0.8, "loadedMonthlyPerFte": 15000,
                           "rentedOpsFte": 0.1, "ownedOpsFte": 0.25, "rentedImplementation": 20000,
                           "ownedImplementation": 50000, "horizonMonths": 36}}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode paths = PlannerApi.json(response).get("paths");
        // As ThreePathsIT works out by hand: $3.00, $3,070.26 and $14,230.18 a month.
        assertThat(paths.get("tokensPerMonth").asDouble()).isEqualTo(300e6);
        assertThat(paths.get("api").get("monthly").asDouble()).isEqualTo(3.00);
        assertThat(paths.get("rented").get("monthly").asDouble()).isEqualTo(3070.26);
        assertThat(paths.get("rented").get("offer").asString()).isEqualTo("RunPod 1x A100 80GB community");
        assertThat(paths.get("owned").get("monthly").asDouble()).isEqualTo(14230.18);
        JsonNode rent = paths.get("rented").get("lines").get(0);
        assertThat(rent.get("name").asString()).isEqualTo("Rent");
        assertThat(rent.get("formula").asString()).contains("730 h");
        assertThat(rent.get("asOf").asString()).isEqualTo("2026-11-01");
        JsonNode rentedOwned = paths.get("crossovers").get(2);
        assertThat(rentedOwned.get("status").asString()).isEqualTo("REACHED");
        assertThat(rentedOwned.get("cheaperBefore").asString()).isEqualTo("Rented");
        assertThat(rentedOwned.get("tokensPerDay").asDouble())
                .isEqualTo(rentedOwned.get("tokensPerMonth").asDouble() / 30);
        assertThat(paths.get("crossovers").get(0).get("status").asString()).isEqualTo("NOT_REACHED");
        assertThat(paths.get("ownedSwitches").size()).isPositive();
    }

    @Test
    void refuses_paths_without_a_gpu_and_bad_terms_naming_each_field() throws Exception {
        HttpResponse<String> unsized = api.post("evaluate", """
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "paths": {}}""");
        assertThat(unsized.statusCode()).isEqualTo(400);
        assertThat(PlannerApi.fields(unsized)).containsExactly("paths");

        HttpResponse<String> bad = api.post("evaluate", """
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "paths": {"headroom": 0, "billing": "SOMETIMES"}}""");
        assertThat(bad.statusCode()).isEqualTo(400);

        HttpResponse<String> outOfRange = api.post("evaluate", """
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "paths": {"headroom": 0, "minimumReplicas": 0, "ownership": {"pue": 0.5}}}""");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(PlannerApi.fields(outOfRange)).containsExactly("headroom", "minimumReplicas", "pue");
    }
}
