package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.costs.sizing.ThroughputEstimate;
import app.breakeven.security.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Scenarios sized from the model and a GPU, priced against the catalogue Flyway seeds: the
 * replica, its throughput and its rental range worked by hand; what cannot be priced refused
 * on the {@code gpu} field; a model card without a needed fact priced on the article's tier.
 */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SizedPlanIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    private ScenarioInputs growth() {
        return scenarios.inputs("B, growth").orElseThrow();
    }

    private static List<String> fields(InvalidInputsException e) {
        return e.problems().stream().map(InputProblem::field).toList();
    }

    @Test
    void qwen3_8b_in_fp8_on_l4_needs_four_gpus_and_its_throughput_is_the_calibrated_bandwidth_estimate() {
        ScenarioInputs inputs = growth().withModel("Qwen3-8B")
                .withTokensPerDay(10e6)
                .withSizing(new SizingChoice("L4 24GB", Precision.FP8, Precision.BF16, 8192, 32));

        Plan plan = Planner.plan(inputs, catalogueService.catalogue());

        // Memory: weights 8.2B x 1 byte = 8.2 GB; KV a token = 2 x 36 layers x 8 heads x 128 x 2 bytes
        // = 147,456 B; 32 sequences x 8,192 tokens x 147,456 B = 38.6547 GB; with 10% overhead
        // (8.2 + 38.6547) x 1.1 = 51.540 GB. An L4 holds 24 x 0.9 = 21.6 GB usable: 2 GPUs hold
        // 43.2 (too few), 4 hold 86.4, so 4 GPUs a replica.
        var option = plan.hardware().option();
        assertThat(option.gpusPerReplica()).isEqualTo(4);
        assertThat(option.sizing().totalGb()).isCloseTo(51.5402, within(1e-3));
        assertThat(option.label()).isEqualTo("Qwen3-8B on 4 x L4 24GB (FP8)");
        // Throughput: no row measured Qwen3-8B on L4, so the bandwidth estimate. Calibration on the
        // two Qwen3-32B BF16 rows (the Llama rows name no catalogue model), each at the assumed 256
        // sequences of 1,536 tokens: a step reads 32.8e9 x 2 + 256 x 1,536 x 262,144 B = 168.679e9 B;
        // A100 80GB: 168.679e9 x 832 / (256 x 2.039e12) = 0.26886; H100: x 1,132 / (256 x 3.35e12)
        // = 0.22265; median of two = 0.245756. Qwen3-8B's step reads 8.2e9 + 38.6547e9 = 46.8547e9 B
        // in 46.8547e9 / (4 x 0.3e12 x 0.245756) = 0.158880 s: 32 / 0.158880 = 201.41 tokens/s.
        assertThat(option.throughput().provenance()).isEqualTo(ThroughputEstimate.Provenance.ESTIMATE);
        assertThat(option.tokensPerSecond()).isCloseTo(201.41, within(0.01));
        // Rent: L4 $0.44-0.78 an hour x 730 hours x 4 GPUs = $1,284.80-$2,277.60 a month a replica.
        assertThat(plan.profile().tier().cloudMonthly().low()).isCloseTo(1284.80, within(1e-9));
        assertThat(plan.profile().tier().cloudMonthly().high()).isCloseTo(2277.60, within(1e-9));
        // A replica serves 201.41 x 86,400 = 17.40M tokens a day at scenario B's 100% utilization
        // and peak 1: 10M a day needs one.
        assertThat(plan.evaluation().deployments()).isEqualTo(1);
        assertThat(plan.hardware().fallback()).isNull();
    }

    @Test
    void deepseek_v4_flash_never_fits_on_one_40_gb_gpu_and_takes_a_full_node_of_a100_80gb() {
        ScenarioInputs on40 = growth().withSizing(SizingChoice.on("A100 40GB SXM", Precision.FP8));

        // 284B x 1 byte = 284 GB of weights alone; 8 x 40 x 0.9 = 288 GB usable, and with its KV
        // cache and 10% overhead it needs 337.8 GB.
        assertThatThrownBy(() -> Planner.plan(on40, catalogueService.catalogue()))
                .isInstanceOfSatisfying(InvalidInputsException.class, e -> {
                    assertThat(fields(e)).containsExactly("gpu");
                    assertThat(e.getMessage())
                            .contains("does not fit")
                            .contains("337.8 GB")
                            .contains("288.0 GB");
                });

        // KV a token = 2 x 43 x 1 x 512 x 2 B = 88,064 B; x 8,192 x 32 = 23.085 GB; (284 + 23.085) x 1.1
        // = 337.79 GB; 4 x 72 = 288 GB is too little, 8 x 72 = 576 GB holds it.
        Plan on80 = Planner.plan(
                growth().withSizing(SizingChoice.on("A100 80GB SXM", Precision.FP8)), catalogueService.catalogue());
        assertThat(on80.hardware().option().gpusPerReplica()).isEqualTo(8);
        assertThat(on80.hardware().option().sizing().totalGb()).isCloseTo(337.79, within(0.01));
    }

    @Test
    void a_gpu_without_a_rental_price_or_owned_hardware_is_refused_not_priced() {
        Catalogue catalogue = catalogueService.catalogue();
        ScenarioInputs h200 =
                growth().withModel("Qwen3-32B").withSizing(SizingChoice.on("H200 141GB SXM", Precision.FP8));
        assertThatThrownBy(() -> Planner.plan(h200, catalogue))
                .isInstanceOfSatisfying(InvalidInputsException.class, e -> {
                    assertThat(fields(e)).containsExactly("gpu");
                    assertThat(e.getMessage()).contains("no rental price for H200 141GB SXM");
                });

        ScenarioInputs owned = growth().withModel("Qwen3-32B")
                .withDeployment(Deployment.ON_PREM)
                .withSizing(SizingChoice.on("H100 80GB SXM", Precision.FP8));
        assertThatThrownBy(() -> Planner.plan(owned, catalogue))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class, e -> assertThat(fields(e)).containsExactly("deployment"));

        ScenarioInputs nonsense = growth().withSizing(new SizingChoice("No such GPU", null, Precision.BF16, 0, 5000));
        assertThatThrownBy(() -> Planner.plan(nonsense, catalogue))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class,
                        e -> assertThat(fields(e))
                                .containsExactlyInAnyOrder("gpu", "weights", "contextTokens", "concurrency"));
    }

    @Test
    void a_model_card_without_its_layers_is_priced_on_the_articles_tier_and_says_so() {
        Catalogue stored = catalogueService.catalogue();
        ModelPrice unknown =
                CatalogueTable.MODELS.copyOf(stored.model("Qwen3-32B").orElseThrow());
        unknown.setLayers(null);
        Catalogue catalogue = stored.with(unknown);

        Plan plan = Planner.plan(
                growth().withModel("Qwen3-32B").withSizing(SizingChoice.on("H100 80GB SXM", Precision.FP8)), catalogue);

        assertThat(plan.hardware().sized()).isFalse();
        assertThat(plan.hardware().fallback()).contains("does not give layers").contains("27-32B");
        assertThat(plan.profile().tier())
                .isEqualTo(stored.tier("27-32B").orElseThrow().gpuTier());
    }

    @Test
    void a_sized_scenario_saves_and_reads_back_and_one_that_does_not_fit_is_not_saved() {
        ScenarioInputs sized = growth().withModel("Qwen3-32B")
                .withSizing(new SizingChoice("H100 80GB SXM", Precision.FP8, Precision.FP8, 16_384, 64));
        ScenarioDetails saved =
                scenarios.save(scenarios.draft().withName("Sized on H100").withInputs(sized));

        assertThat(scenarios.find(saved.id()).orElseThrow().inputs().sizing())
                .isEqualTo(new SizingChoice("H100 80GB SXM", Precision.FP8, Precision.FP8, 16_384, 64));

        ScenarioInputs tooBig = growth().withSizing(SizingChoice.on("A100 40GB SXM", Precision.BF16));
        assertThatThrownBy(() ->
                        scenarios.save(scenarios.draft().withName("Too big").withInputs(tooBig)))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class, e -> assertThat(fields(e)).containsExactly("gpu"));
        assertThat(scenarios.list()).noneMatch(s -> s.name().equals("Too big"));
    }

    @Test
    void the_every_model_table_and_the_map_size_every_model_and_never_price_what_does_not_fit() {
        Catalogue catalogue = catalogueService.catalogue();
        ScenarioInputs sized = growth().withSizing(SizingChoice.on("A100 40GB SXM", Precision.FP8));

        List<ModelCost> models = Planner.compareModels(sized, catalogue);
        // DeepSeek V4 Flash needs 337.8 GB; eight A100 40GB hold 288 GB usable.
        assertThat(models)
                .filteredOn(m -> m.model().equals("DeepSeek V4 Flash"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.priced()).isFalse();
                    assertThat(m.hardware()).isEqualTo("does not fit");
                    assertThat(m.note()).contains("does not fit");
                });
        // Qwen3-8B needs 51.54 GB (worked above); one A100 40GB holds 36 GB usable, two hold 72.
        assertThat(models)
                .filteredOn(m -> m.model().equals("Qwen3-8B"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.priced()).isTrue();
                    assertThat(m.hardware()).isEqualTo("2 x A100 40GB SXM (FP8)");
                    assertThat(m.note()).startsWith("estimate (memory bandwidth");
                });

        BreakEvenMap map = Planner.breakEvenMap(sized, catalogue);
        assertThat(map.columns())
                .containsExactlyElementsOf(
                        catalogue.gpus().stream().map(g -> g.getName()).toList());
        int flash = map.models().indexOf("DeepSeek V4 Flash");
        assertThat(map.cells()[flash][map.columns().indexOf("A100 40GB SXM")].status())
                .isEqualTo(BreakEvenMap.Status.DOES_NOT_FIT);
        // It fits four H200 (4 x 141 x 0.9 = 507.6 GB), but the catalogue has no H200 rental price.
        assertThat(map.cells()[flash][map.columns().indexOf("H200 141GB SXM")].status())
                .isEqualTo(BreakEvenMap.Status.NOT_PRICED);
        BreakEvenMap.Cell qwenOnL4 =
                map.cells()[map.models().indexOf("Qwen3-8B")][map.columns().indexOf("L4 24GB")];
        assertThat(qwenOnL4.status()).isEqualTo(BreakEvenMap.Status.PRICED);
        assertThat(qwenOnL4.note()).startsWith("4 x L4 24GB (FP8), estimate");
    }

    @Autowired
    app.breakeven.catalogue.PriceChangeImpact impact;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private void signInAs(String username) {
        var user = accounts.loadUserByUsername(username);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    }

    @Test
    void an_analyst_editing_a_gpus_rent_sees_the_sized_scenarios_it_moves_and_no_others() {
        ScenarioInputs onL4 = growth().withModel("Qwen3-8B")
                .withSizing(new SizingChoice("L4 24GB", Precision.FP8, Precision.BF16, 8192, 32));
        scenarios.save(scenarios.draft().withName("On L4 " + System.nanoTime()).withInputs(onL4));
        signInAs(TestAccounts.ANALYST);
        var l4 = app.breakeven.catalogue.CatalogueTable.GPUS.copyOf(
                catalogueService.catalogue().gpu("L4 24GB").orElseThrow());
        l4.setCloudHourlyLow(new java.math.BigDecimal("0.88"));
        l4.setCloudHourlyHigh(new java.math.BigDecimal("1.56"));

        var preview = impact.impactOf(l4);

        // The planner's scenario is private, so it is counted, not named; the article's examples
        // are on tiers and do not move.
        assertThat(preview.scenarios()).isEmpty();
        assertThat(preview.others()).isGreaterThanOrEqualTo(1);
        var b200 = app.breakeven.catalogue.CatalogueTable.GPUS.copyOf(
                catalogueService.catalogue().gpu("B200 180GB").orElseThrow());
        b200.setTdpWatts(1200);
        var untouched = impact.impactOf(b200);
        assertThat(untouched.scenarios()).as("no scenario is sized on a B200").isEmpty();
        assertThat(untouched.others()).isZero();
    }
}
