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

/** {@code POST /api/v1/simulate} over real HTTP: the distribution, the tornado, and bad ranges named. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class SimulateApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private PlannerApi api;

    @BeforeEach
    void issueToken() {
        api = new PlannerApi(port, accounts);
    }

    private static final String INPUTS = """
            {"tokensPerDay": 50000000, "model": "DeepSeek V4 Flash", "tier": "27-32B", "daysPerMonth": 30}""";

    @Test
    void answers_percentiles_probabilities_histograms_and_a_tornado_the_same_for_the_same_seed() throws Exception {
        String body = """
                {"inputs": %s, "growthPerMonth": 0.05, "horizonMonths": 24, "migrationCost": 20000,
                 "ranges": {"volume": {"low": 25000000, "high": 150000000, "shape": "LOG_NORMAL"},
                            "apiPrice": {"low": 0.2, "high": 0.3}},
                 "draws": 5000, "seed": 42}""".formatted(INPUTS);
        HttpResponse<String> first = api.post("simulate", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode s = PlannerApi.json(first);
        assertThat(s.get("draws").asInt()).isEqualTo(5000);
        assertThat(s.get("savedToDate").size()).isEqualTo(24);
        assertThat(s.get("probabilitySelfHostCheaperByMonth").size()).isEqualTo(24);
        assertThat(s.get("apiNow").get("p10").asDouble())
                .isLessThan(s.get("apiNow").get("p50").asDouble());
        assertThat(s.get("tornado").valueStream().map(b -> b.get("key").asString()))
                .contains("volume", "apiPrice", "gpuMonthly");
        // The GPUs and hidden costs carry the catalogue's low-high by default.
        assertThat(s.get("inputs")
                        .valueStream()
                        .filter(i -> i.get("key").asString().equals("gpuMonthly"))
                        .findFirst()
                        .orElseThrow()
                        .get("low")
                        .asDouble())
                .isLessThan(s.get("inputs")
                        .valueStream()
                        .filter(i -> i.get("key").asString().equals("gpuMonthly"))
                        .findFirst()
                        .orElseThrow()
                        .get("high")
                        .asDouble());

        // The same seed, the same figures, byte for byte.
        assertThat(api.post("simulate", body).body()).isEqualTo(first.body());
    }

    @Test
    void with_volume_and_price_certain_by_default_the_api_bill_is_what_evaluate_answers() throws Exception {
        JsonNode evaluated = PlannerApi.json(api.post("evaluate", INPUTS));
        HttpResponse<String> response = api.post("simulate", """
                {"inputs": %s, "horizonMonths": 12, "draws": 1000}""".formatted(INPUTS));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode api = PlannerApi.json(response).get("apiNow");
        double expected = evaluated.get("apiMonthly").asDouble();
        assertThat(api.get("p10").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
        assertThat(api.get("p90").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void a_three_path_request_draws_on_the_paths_inputs() throws Exception {
        HttpResponse<String> response = api.post("simulate", """
                {"inputs": {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                            "weights": "FP8", "daysPerMonth": 30,
                            "paths": {"inputTokensPerRequest": 1000, "outputTokensPerRequest": 250,
                                      "cachedInputShare": 0.5, "activeHoursPerMonth": 730, "headroom": 0.8,
                                      "loadedMonthlyPerFte": 15000, "rentedOpsFte": 0.1, "ownedOpsFte": 0.25,
                                      "rentedImplementation": 20000, "ownedImplementation": 50000}},
                 "horizonMonths": 36,
                 "ranges": {"rentFactor": {"low": 0.5, "high": 1.5, "shape": "UNIFORM"}},
                 "draws": 2000, "seed": 5}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode s = PlannerApi.json(response);
        assertThat(s.get("inputs").valueStream().map(i -> i.get("key").asString()))
                .containsExactly(
                        "volume",
                        "growth",
                        "apiPriceFactor",
                        "rentFactor",
                        "serverPriceFactor",
                        "throughputFactor",
                        "electricity",
                        "fteCost",
                        "cachedShare",
                        "headroom",
                        "activeHours",
                        "pue",
                        "usefulLife");
        // As ThreePathsIT works it: the API's $108.00 over 36 months against rented's $110,529.20.
        assertThat(s.get("probabilitySelfHostWins").asDouble()).isZero();
        assertThat(s.get("tornado").valueStream().map(b -> b.get("key").asString()))
                .containsExactly("rentFactor");
    }

    @Test
    void bad_ranges_and_draws_are_each_named() throws Exception {
        HttpResponse<String> response = api.post("simulate", """
                {"inputs": %s,
                 "ranges": {"volume": {"low": 60000000, "high": 90000000},
                            "utilization": {"low": 0.9, "likely": 0.5, "high": 0.4},
                            "peakFactor": {"low": 1, "high": 3, "shape": "LOG_NORMAL"},
                            "nonsense": {"low": 1, "high": 2}},
                 "draws": 200}""".formatted(INPUTS));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PlannerApi.fields(response))
                .containsExactlyInAnyOrder(
                        "ranges.volume", "ranges.utilization", "ranges.peakFactor", "ranges", "draws");
        assertThat(response.body()).contains("the likely value 50,000,000 is outside 60,000,000 to 90,000,000");
    }
}
