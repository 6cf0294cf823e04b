package app.breakeven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.security.AccountService;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class EvaluateApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    SignIn signIn;

    private String token;

    /** Calls go with an API token an admin issued to a planner. */
    @BeforeEach
    void issueToken() {
        long planner = accounts.accounts().stream()
                .filter(a -> a.username().equals(TestAccounts.PLANNER))
                .findFirst()
                .orElseThrow()
                .id();
        token = accounts.issueToken(planner, "API test");
    }

    private HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                signedIn(URI.create("http://localhost:" + port + "/api/v1/evaluate"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static java.util.List<String> errorFields(HttpResponse<String> response) {
        return json(response)
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    @Test
    void lists_the_catalogue() throws Exception {
        var response = http.send(
                signedIn(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        JsonNode body = json(response);
        assertThat(body.get("models").size()).isGreaterThanOrEqualTo(10);
        assertThat(body.get("tiers").size()).isEqualTo(5);
        assertThat(body.get("hiddenCosts").size()).isEqualTo(5);
        JsonNode flash = body.get("models")
                .valueStream()
                .filter(m -> m.get("name").asString().equals("DeepSeek V4 Flash"))
                .findFirst()
                .orElseThrow();
        assertThat(flash.get("outputPerMillion").asDouble()).isEqualTo(0.25);
        assertThat(flash.has("version"))
                .as("storage details stay out of the API")
                .isFalse();
        assertThat(flash.has("id")).isFalse();
        assertThat(body.get("tiers").get(0).has("version")).isFalse();
    }

    @Test
    void lists_rented_and_purchase_offers_and_ownership_assumptions_as_plain_records() throws Exception {
        JsonNode body = json(http.send(
                signedIn(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));

        JsonNode p5 = body.get("rentedOffers")
                .valueStream()
                .filter(r -> r.get("label").asString().equals("AWS p5.48xlarge (8x H100)"))
                .findFirst()
                .orElseThrow();
        assertThat(p5.get("provider").asString()).isEqualTo("AWS");
        assertThat(p5.get("instanceType").asString()).isEqualTo("p5.48xlarge");
        assertThat(p5.get("gpuType").asString()).isEqualTo("H100 80GB SXM");
        assertThat(p5.get("gpusPerInstance").asInt()).isEqualTo(8);
        assertThat(p5.get("instanceHourly").asDouble()).isEqualTo(55.04);
        assertThat(p5.get("pricing").asString()).isEqualTo("ON_DEMAND");
        assertThat(p5.get("source").asString()).contains("6.88");
        assertThat(p5.has("id") || p5.has("version")).isFalse();

        JsonNode dgx = body.get("purchaseOffers")
                .valueStream()
                .filter(p -> p.get("label").asString().equals("NVIDIA DGX H100 (8x H100), list"))
                .findFirst()
                .orElseThrow();
        assertThat(dgx.get("gpusPerServer").asInt()).isEqualTo(8);
        assertThat(dgx.get("serverPrice").asDouble()).isEqualTo(199000.0);
        assertThat(dgx.get("installationCost").isNull()).isTrue();
        assertThat(dgx.has("id") || dgx.has("version")).isFalse();

        JsonNode pue = body.get("ownershipAssumptions")
                .valueStream()
                .filter(a -> a.get("name").asString().equals("pue"))
                .findFirst()
                .orElseThrow();
        assertThat(pue.get("value").asDouble()).isEqualTo(1.58);
        assertThat(pue.get("unit").asString()).isEqualTo("ratio");
        assertThat(pue.get("source").asString()).contains("Uptime Institute");
        assertThat(pue.has("id") || pue.has("version")).isFalse();
        assertThat(body.get("ownershipAssumptions").size()).isEqualTo(8);

        JsonNode v32 = body.get("models")
                .valueStream()
                .filter(m -> m.get("name").asString().equals("DeepSeek V3.2"))
                .findFirst()
                .orElseThrow();
        assertThat(v32.get("batchDiscount").asDouble()).isEqualTo(0.5);
    }

    @Test
    void lists_gpu_types_benchmarks_and_model_architecture_as_plain_records() throws Exception {
        JsonNode body = json(http.send(
                signedIn(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));

        JsonNode h100 = body.get("gpus")
                .valueStream()
                .filter(g -> g.get("name").asString().equals("H100 80GB SXM"))
                .findFirst()
                .orElseThrow();
        assertThat(h100.get("memoryGb").asInt()).isEqualTo(80);
        assertThat(h100.get("bf16DenseTflops").asDouble()).isEqualTo(989.5);
        assertThat(h100.get("source").asString()).contains("H100 Tensor Core GPU datasheet");
        assertThat(h100.has("id") || h100.has("version")).isFalse();
        JsonNode a100 = body.get("gpus")
                .valueStream()
                .filter(g -> g.get("name").asString().equals("A100 80GB SXM"))
                .findFirst()
                .orElseThrow();
        assertThat(a100.get("fp8DenseTflops").isNull()).isTrue();

        JsonNode run = body.get("benchmarks")
                .valueStream()
                .filter(b -> b.get("label").asString().equals("Llama-3.1-8B FP8, 1x H100"))
                .findFirst()
                .orElseThrow();
        assertThat(run.get("model").asString()).isEqualTo("Llama-3.1-8B");
        assertThat(run.get("gpuType").asString()).isEqualTo("H100 80GB SXM");
        assertThat(run.get("gpusPerReplica").asInt()).isEqualTo(1);
        assertThat(run.get("precision").asString()).isEqualTo("FP8");
        assertThat(run.get("outputTokensPerSecond").asDouble()).isEqualTo(3400.0);
        assertThat(run.has("id") || run.has("version")).isFalse();

        JsonNode qwen = body.get("models")
                .valueStream()
                .filter(m -> m.get("name").asString().equals("Qwen3-32B"))
                .findFirst()
                .orElseThrow();
        assertThat(qwen.get("layers").asInt()).isEqualTo(64);
        assertThat(qwen.get("kvHeads").asInt()).isEqualTo(8);
        assertThat(qwen.get("headDim").asInt()).isEqualTo(128);
        assertThat(qwen.get("nativePrecision").asString()).isEqualTo("BF16");
        assertThat(qwen.get("outputPerMillion").asDouble())
                .as("existing fields unchanged")
                .isEqualTo(0.28);
        assertThat(qwen.get("paramsActiveBillions").isNull())
                .as("a fact the catalogue does not hold (a dense model's active count) is null in the API")
                .isTrue();
    }

    @Test
    void prices_scenario_b_and_echoes_the_inputs_with_defaults() throws Exception {
        var response = post("""
                {"tokensPerDay": 50000000, "model": "DeepSeek V4 Flash", "tier": "27-32B"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("apiMonthly").asDouble()).isEqualTo(375.0);
        assertThat(body.get("deployments").asInt()).isEqualTo(1);
        assertThat(body.get("gpuMonthly").get("low").asDouble()).isEqualTo(1000.0);
        assertThat(body.get("selfHostMonthly").get("high").asDouble()).isEqualTo(5900.0);
        assertThat(body.get("verdictGpuOnly").get("winner").asString()).isEqualTo("API");
        assertThat(body.get("verdictGpuOnly").get("timesLow").asDouble()).isBetween(2.66, 2.67);
        assertThat(body.get("breakEvenTokensPerDay").get("low").isNull()).isTrue();
        assertThat(body.get("inputs").get("deployment").asString()).isEqualTo("CLOUD");
        assertThat(body.get("inputs").get("utilization").asDouble()).isEqualTo(1.0);
    }

    @Test
    void answers_a_request_without_sizing_fields_exactly_as_before_sizing_existed() throws Exception {
        JsonNode body = json(post("""
                {"tokensPerDay": 50000000, "model": "DeepSeek V4 Flash", "tier": "27-32B"}"""));

        assertThat(body.propertyNames())
                .containsExactly(
                        "inputs",
                        "tokensPerMonth",
                        "blendedPricePerMillion",
                        "apiMonthly",
                        "deployments",
                        "tokensPerDayPerDeployment",
                        "gpuMonthly",
                        "hiddenMonthly",
                        "selfHostMonthly",
                        "breakEvenTokensPerDay",
                        "breakEvenGpuOnlyTokensPerDay",
                        "verdict",
                        "verdictGpuOnly");
        assertThat(body.get("inputs").propertyNames())
                .containsExactly(
                        "tokensPerDay",
                        "model",
                        "tier",
                        "deployment",
                        "utilization",
                        "peakFactor",
                        "inputShare",
                        "daysPerMonth",
                        "engineeringMonthly");
        // The article's 27-32B tier: 2 x A100 80GB at $1,000-2,000 a month, one deployment.
        assertThat(body.get("gpuMonthly").get("low").asDouble()).isEqualTo(1000.0);
        assertThat(body.get("gpuMonthly").get("high").asDouble()).isEqualTo(2000.0);
    }

    @Test
    void sizes_qwen3_8b_in_fp8_on_l4_gpus_with_the_memory_arithmetic_and_an_estimated_throughput() throws Exception {
        var response = post("""
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B",
                 "gpu": "L4 24GB", "weights": "FP8"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        JsonNode sizing = body.get("sizing");
        assertThat(sizing.get("mode").asString()).isEqualTo("sized");
        assertThat(sizing.get("gpu").asString()).isEqualTo("L4 24GB");
        assertThat(sizing.get("weights").asString()).isEqualTo("FP8");
        // Defaults filled in: BF16 KV cache, 8,192 tokens of context, 32 sequences.
        assertThat(sizing.get("kvCache").asString()).isEqualTo("BF16");
        assertThat(sizing.get("contextTokens").asInt()).isEqualTo(8192);
        assertThat(sizing.get("concurrency").asInt()).isEqualTo(32);
        // Weights 8.2B x 1 byte = 8.2 GB. KV a token = 2 x 36 layers x 8 KV heads x 128 x 2 bytes
        // = 147,456 B; x 8,192 tokens x 32 sequences = 38,654,705,664 B = 38.6547 GB. Total
        // (8.2 + 38.6547) x 1.1 = 51.5402 GB. Usable on an L4: 24 x 0.9 = 21.6 GB; 2 GPUs hold
        // 43.2 GB (too little), 4 hold 86.4 GB: 4 GPUs a replica.
        assertThat(sizing.get("weightsGb").asDouble()).isCloseTo(8.2, within(1e-9));
        assertThat(sizing.get("kvCacheGb").asDouble()).isCloseTo(38.6547, within(1e-4));
        assertThat(sizing.get("totalGb").asDouble()).isCloseTo(51.5402, within(1e-3));
        assertThat(sizing.get("usablePerGpuGb").asDouble()).isCloseTo(21.6, within(1e-9));
        assertThat(sizing.get("gpusPerReplica").asInt()).isEqualTo(4);
        // No row measured Qwen3-8B on L4s: the bandwidth estimate, calibrated on the two Qwen3-32B
        // rows at efficiency 0.245756 (worked in SizedPlanIT): a step reads 46.8547e9 B in
        // 46.8547e9 / (4 x 0.3e12 x 0.245756) = 0.158880 s; 32 / 0.158880 = 201.41 tokens/s.
        assertThat(sizing.get("throughputTokensPerSecond").asDouble()).isCloseTo(201.41, within(0.01));
        assertThat(sizing.get("throughputProvenance").asString()).isEqualTo("estimate");
        assertThat(sizing.get("throughputSource").asString()).startsWith("estimate (memory bandwidth");
        // Rent: L4 $0.44-0.78 an hour x 730 hours x 4 GPUs = $1,284.80-2,277.60 a month a replica.
        assertThat(sizing.get("rentalMonthlyPerReplica").get("low").asDouble()).isEqualTo(1284.80);
        assertThat(sizing.get("rentalMonthlyPerReplica").get("high").asDouble()).isEqualTo(2277.60);
        assertThat(sizing.get("fallback").isNull()).isTrue();
        assertThat(sizing.get("explanation").valueStream().map(JsonNode::asString))
                .anySatisfy(line -> assertThat(line).contains("4 GPUs per replica (tensor parallel 4)"))
                .anySatisfy(line -> assertThat(line).startsWith("Throughput: 32 sequences"));
        // A replica serves 201.41 x 86,400 = 17.40M tokens a day: 10M a day needs one, so the GPU
        // bill is the replica's rent; the API side is 10M x 30 x $0.01/M = $3.00.
        assertThat(body.get("deployments").asInt()).isEqualTo(1);
        assertThat(body.get("gpuMonthly").get("low").asDouble()).isEqualTo(1284.80);
        assertThat(body.get("gpuMonthly").get("high").asDouble()).isEqualTo(2277.60);
        assertThat(body.get("apiMonthly").asDouble()).isEqualTo(3.0);
        assertThat(body.get("inputs").has("sizing")).isFalse();
    }

    @Test
    void sizes_the_weights_in_the_models_native_precision_unless_told() throws Exception {
        JsonNode qwen = json(post("""
                {"tokensPerDay": 10000000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB"}""")).get("sizing");
        // Qwen3-8B ships in BF16: 8.2B x 2 bytes = 16.4 GB; (16.4 + 38.6547) x 1.1 = 60.5602 GB,
        // still more than 2 x 21.6 and less than 4 x 21.6: 4 GPUs.
        assertThat(qwen.get("weights").asString()).isEqualTo("BF16");
        assertThat(qwen.get("weightsGb").asDouble()).isCloseTo(16.4, within(1e-9));
        assertThat(qwen.get("totalGb").asDouble()).isCloseTo(60.5602, within(1e-3));
        assertThat(qwen.get("gpusPerReplica").asInt()).isEqualTo(4);

        // DeepSeek V4 Flash ships in FP8: 284 GB of weights; KV a token = 2 x 43 x 1 x 512 x 2 B =
        // 88,064 B, x 8,192 x 32 = 23.085 GB; (284 + 23.085) x 1.1 = 337.8 GB against 8 x 40 x 0.9
        // = 288 GB usable: it does not fit on A100 40GB (in BF16 it would need 650.2 GB).
        var flash = post("""
                {"tokensPerDay": 500000000, "model": "DeepSeek V4 Flash", "tier": "200B+", "gpu": "A100 40GB SXM"}""");
        assertThat(flash.statusCode()).as(flash.body()).isEqualTo(400);
        assertThat(errorFields(flash)).containsExactly("gpu");
        assertThat(json(flash).get("detail").asString())
                .contains("does not fit")
                .contains("337.8 GB")
                .contains("288.0 GB");
    }

    @Test
    void refuses_an_unknown_gpu_bad_sizing_values_and_sizing_owned_hardware_naming_each_field() throws Exception {
        var unknownGpu = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "Z9000 1TB"}""");
        var badLoad = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "contextTokens": 0, "concurrency": 100000}""");
        var noGpu = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "weights": "FP8"}""");
        var owned = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "deployment": "ON_PREM"}""");
        var tooLong = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "H100 80GB SXM",
                 "contextTokens": 65536, "concurrency": 1}""");

        assertThat(unknownGpu.statusCode()).isEqualTo(400);
        assertThat(errorFields(unknownGpu)).containsExactly("gpu");
        assertThat(json(unknownGpu).get("detail").asString()).contains("no GPU type named 'Z9000 1TB'");
        assertThat(badLoad.statusCode()).isEqualTo(400);
        assertThat(errorFields(badLoad)).containsExactlyInAnyOrder("contextTokens", "concurrency");
        assertThat(noGpu.statusCode())
                .as("a sizing field without a GPU is refused, not dropped")
                .isEqualTo(400);
        assertThat(errorFields(noGpu)).containsExactly("gpu");
        assertThat(owned.statusCode()).isEqualTo(400);
        assertThat(errorFields(owned)).containsExactly("deployment");
        // Qwen3-8B takes at most 32,768 tokens of context.
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(errorFields(tooLong)).containsExactly("gpu");
        assertThat(json(tooLong).get("detail").asString()).contains("at most 32,768 tokens");
    }

    @Test
    void takes_a_precision_only_by_its_name() throws Exception {
        var numbered = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB", "weights": 1}""");
        var quotedNumber = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB", "kvCache": "0"}""");
        var unknown = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB", "weights": "FP4"}""");
        var lowerCase = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB", "weights": "fp8"}""");
        var quotedContext = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "gpu": "L4 24GB",
                 "contextTokens": "8192"}""");

        assertThat(numbered.statusCode()).as(numbered.body()).isEqualTo(400);
        assertThat(errorFields(numbered)).containsExactly("weights");
        assertThat(quotedNumber.statusCode()).as(quotedNumber.body()).isEqualTo(400);
        assertThat(errorFields(quotedNumber)).containsExactly("kvCache");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(errorFields(unknown)).containsExactly("weights");
        assertThat(lowerCase.statusCode()).isEqualTo(400);
        assertThat(errorFields(lowerCase)).containsExactly("weights");
        assertThat(quotedContext.statusCode()).isEqualTo(400);
        assertThat(errorFields(quotedContext)).containsExactly("contextTokens");
    }

    @Test
    void prices_a_model_whose_card_lacks_a_fact_on_the_articles_tier_and_says_so() throws Exception {
        var values = new HashMap<>(
                CatalogueTable.MODELS.values(catalogue.findModel("Qwen3-8B").orElseThrow()));
        values.put("name", "Unsized " + System.nanoTime());
        values.put("layers", "");
        ModelPrice unsized = signIn.as(
                TestAccounts.ANALYST,
                () -> editing.save(CatalogueKind.MODEL, CatalogueTable.MODELS.item(values, null, 0)));
        try {
            var response = post("""
                    {"tokensPerDay": 10000000, "model": "%s", "tier": "7-9B", "gpu": "L4 24GB"}""".formatted(unsized.getName()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = json(response);
            JsonNode sizing = body.get("sizing");
            assertThat(sizing.get("mode").asString()).isEqualTo("article tier");
            assertThat(sizing.get("fallback").asString())
                    .contains("does not give layers")
                    .contains("7-9B");
            assertThat(sizing.get("gpusPerReplica").isNull()).isTrue();
            assertThat(sizing.get("throughputTokensPerSecond").isNull()).isTrue();
            // Priced on the article's 7-9B tier: one A100 40GB at $400-800 a month.
            assertThat(body.get("gpuMonthly").get("low").asDouble()).isEqualTo(400.0);
            assertThat(body.get("gpuMonthly").get("high").asDouble()).isEqualTo(800.0);
        } finally {
            signIn.as(
                    TestAccounts.ANALYST,
                    () -> editing.delete(CatalogueKind.MODEL, unsized.getId(), unsized.getVersion()));
        }
    }

    @Test
    void finds_a_break_even_where_there_is_one() throws Exception {
        var response = post("""
                {"tokensPerDay": 500000000, "model": "GLM-4-32B", "tier": "27-32B", "deployment": "ON_PREM"}""");

        JsonNode breakEven = json(response).get("breakEvenGpuOnlyTokensPerDay");
        // $500 a month of GPUs against $0.56/M: 500 / (30 x 0.56 / 1M) = 29.76M tokens/day.
        assertThat(breakEven.get("low").asDouble()).isBetween(29.76e6, 29.77e6);
    }

    @Test
    void names_every_bad_field_in_a_400_problem_detail() throws Exception {
        var response = post("""
                {"tokensPerDay": -5, "model": "No such model", "tier": "27-32B", "utilization": 1.5}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(errorFields(response)).containsExactlyInAnyOrder("tokensPerDay", "model", "utilization");
    }

    @Test
    void refuses_utilization_of_zero_and_a_missing_volume() throws Exception {
        var response = post("""
                {"model": "Qwen3-8B", "tier": "7-9B", "utilization": 0}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("tokensPerDay", "utilization");
    }

    @Test
    void refuses_malformed_json_and_values_of_the_wrong_type() throws Exception {
        var malformed = post("{not json");
        var wrongType = post("""
                {"tokensPerDay": "lots", "model": "Qwen3-8B", "tier": "7-9B"}""");
        var fractionalDays = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "daysPerMonth": 1.5}""");
        var unknownDeployment = post("""
                {"tokensPerDay": 1000, "model": "Qwen3-8B", "tier": "7-9B", "deployment": "MOON"}""");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(errorFields(malformed)).containsExactly("body");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(errorFields(wrongType)).containsExactly("tokensPerDay");
        assertThat(fractionalDays.statusCode()).isEqualTo(400);
        assertThat(errorFields(fractionalDays)).containsExactly("daysPerMonth");
        assertThat(unknownDeployment.statusCode()).isEqualTo(400);
        assertThat(errorFields(unknownDeployment)).containsExactly("deployment");
    }

    @Test
    void takes_numbers_only_as_json_numbers_and_a_deployment_only_by_name() throws Exception {
        var quotedVolume = post("""
                {"tokensPerDay": "5000", "model": "Qwen3-8B", "tier": "7-9B"}""");
        var quotedDays = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "daysPerMonth": "30"}""");
        var booleanShare = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "inputShare": true}""");
        var numberedDeployment = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "deployment": 1}""");
        var quotedNumberedDeployment = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "deployment": "1"}""");

        assertThat(quotedVolume.statusCode()).as(quotedVolume.body()).isEqualTo(400);
        assertThat(errorFields(quotedVolume)).containsExactly("tokensPerDay");
        assertThat(quotedDays.statusCode()).isEqualTo(400);
        assertThat(errorFields(quotedDays)).containsExactly("daysPerMonth");
        assertThat(booleanShare.statusCode()).isEqualTo(400);
        assertThat(errorFields(booleanShare)).containsExactly("inputShare");
        assertThat(numberedDeployment.statusCode())
                .as(numberedDeployment.body())
                .isEqualTo(400);
        assertThat(errorFields(numberedDeployment)).containsExactly("deployment");
        assertThat(quotedNumberedDeployment.statusCode()).isEqualTo(400);
        assertThat(errorFields(quotedNumberedDeployment)).containsExactly("deployment");
    }

    @Test
    void refuses_a_utilization_below_one_percent_rather_than_saturate_the_deployments() throws Exception {
        var vanishing = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "utilization": 1e-320}""");
        var justBelow = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "utilization": 0.0099}""");
        var onePercent = post("""
                {"tokensPerDay": 5000, "model": "Qwen3-8B", "tier": "7-9B", "utilization": 0.01}""");

        assertThat(vanishing.statusCode()).as(vanishing.body()).isEqualTo(400);
        assertThat(errorFields(vanishing)).containsExactly("utilization");
        assertThat(justBelow.statusCode()).isEqualTo(400);
        assertThat(onePercent.statusCode()).isEqualTo(200);
        assertThat(json(onePercent).get("deployments").asInt()).isEqualTo(1);
    }

    @Test
    void refuses_a_volume_that_needs_more_deployments_than_can_be_counted() throws Exception {
        HardwareTier slow = slowTier();
        try {
            var response = post("""
                    {"tokensPerDay": 100000000000, "model": "Qwen3-8B", "tier": "%s"}""".formatted(slow.getLabel()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(errorFields(response)).containsExactly("tokensPerDay");
        } finally {
            signIn.as(TestAccounts.ANALYST, () -> editing.delete(CatalogueKind.TIER, slow.getId(), slow.getVersion()));
        }
    }

    /** A tier serving 0.0001 tokens a second: 8.64 tokens a day per deployment. */
    private HardwareTier slowTier() {
        var values = new HashMap<>(
                CatalogueTable.TIERS.values(catalogue.findTier("7-9B").orElseThrow()));
        values.put("label", "Slow " + System.nanoTime());
        values.put("tokens_per_second", "0.0001");
        HardwareTier tier = CatalogueTable.TIERS.item(values, null, 0);
        return signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.TIER, tier));
    }
}
