package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.economics.PathCost;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.paths.PiecewiseCost;
import app.breakeven.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A scenario priced three ways on the catalogue Flyway seeds, worked by hand: Qwen3-8B in FP8,
 * 10M tokens a day over 30 days (300M tokens a month), requests of 1,000 input and 250 output
 * tokens with half the input cached, always on, 80% headroom, peak 1, one replica at least,
 * people at $15,000 an FTE-month: rented 0.1 FTE and $20,000 to build, owned 0.25 FTE and
 * $50,000, over 36 months.
 */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ThreePathsIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    static PathsChoice choice() {
        return choice(CostLens.FULLY_LOADED);
    }

    static PathsChoice choice(CostLens lens) {
        return WorkedThreePaths.choice(lens);
    }

    ScenarioInputs inputs() {
        return WorkedThreePaths.inputs(scenarios, CostLens.FULLY_LOADED);
    }

    @Test
    void each_path_at_300m_tokens_a_month_and_the_rented_owned_crossover_worked_by_hand() {
        PathsPlan plan = ThreePaths.plan(inputs(), catalogueService.catalogue(), 36);

        assertThat(plan.tokensPerMonth()).isEqualTo(300e6);
        // API: input share 1,000 / 1,250 = 80%, output 20%. Qwen3-8B has one price, $0.01 a
        // million: with no input price the input is priced as the output (as the quick model
        // does), and the cached half at the input price: blended (0.8 x 0.01 + 0.2 x 0.01) x batch
        // factor 1 = $0.01 a million; 300M tokens x $0.01 / 1M = $3.00; no API people.
        assertThat(plan.api().monthly()).isCloseTo(3.00, within(1e-9));
        // Rented: output 300M x 20% = 60M tokens; 60M / (730 h x 3,600) = 22.83 tokens/s at peak,
        // well under one replica on any GPU, so one replica and one instance each. The cheapest:
        // RunPod 1x A100 80GB community at $1.39: 730 h x $1.39 = $1,014.70 rent + 0.1 x $15,000
        // = $1,500 operations + $20,000 / 36 = $555.56 implementation = $3,070.26. (RunPod's L4 is
        // 4 GPUs a replica: 4 x 730 x $0.44 = $1,284.80 rent, dearer.)
        PathsPlan.Chosen rented = plan.rented().orElseThrow();
        assertThat(rented.offer()).isEqualTo("RunPod 1x A100 80GB community");
        assertThat(rented.replica()).isEqualTo("Qwen3-8B on 1 x A100 80GB SXM (FP8)");
        assertThat(rented.cost().monthly()).isCloseTo(3070.2556, within(1e-3));
        assertThat(rented.cost().line("Rent").orElseThrow().monthly()).isCloseTo(1014.70, within(1e-9));
        // Owned: the cheapest is the DGX A100 at $200,000 (2 x A100 40GB a replica, 4 a server,
        // one server). Residual 10% = $20,000 over a 4-year life of 48 months:
        //   depreciation (200,000 - 20,000) / 48          = 3,750.00
        //   capital 8% / 12 x (200,000 + 20,000) / 2      =   733.33
        //   installation (not stated) 0 / 48               =     0.00
        //   maintenance 20% x 200,000 / 12                 = 3,333.33
        //   power (400 W x 8 + 3,300 W) / 1,000 = 6.5 kW x PUE 1.58 x 730 h x $0.13 = 974.62
        //   facility                                       =   300.00
        //   operations 0.25 x 15,000                       = 3,750.00
        //   implementation 50,000 / 36                     = 1,388.89
        //   total                                          = 14,230.18
        PathsPlan.Chosen owned = plan.owned().orElseThrow();
        assertThat(owned.offer()).isEqualTo("NVIDIA DGX A100 320GB (8x A100 40GB), launch");
        assertThat(owned.cost().monthly()).isCloseTo(14230.1786, within(1e-3));
        assertThat(owned.cost().line("Power").orElseThrow().monthly()).isCloseTo(974.623, within(1e-9));
        assertThat(owned.cost().lines()).extracting(l -> l.source()).doesNotContainNull();

        // API below both up to 1T tokens a month: never reached, and verified.
        assertThat(crossing(plan, "API", "Rented").status()).isEqualTo(Crossover.Status.NOT_REACHED);
        assertThat(crossing(plan, "API", "Owned").status()).isEqualTo(Crossover.Status.NOT_REACHED);
        // Rented meets owned where the 13th A100 80GB replica is needed. One replica carries
        // 342.23 tokens/s x 80% x 730 h x 3,600 / 20% output = 3.5975e9 tokens a month, twelve
        // carry 43.170e9. Just below: 12 x 730 x $1.39 = $12,176.40 + $2,055.56 people = $14,231.96
        // rented, against one DGX H100 ($199,000: 179,100 / 48 = 3,731.25 + 729.67 capital
        // + 3,316.67 maintenance + (700 x 8 + 3,300) / 1,000 = 8.9 kW x 1.58 x 730 x 0.13 = 1,334.48
        // power + 300 + 3,750 + 1,388.89 = $14,550.96), which took over from the DGX A100 before.
        // At the crossing: 13 instances = $13,191.10 + 2,055.56 = $15,246.66, above owned.
        Crossover rentedOwned = crossing(plan, "Rented", "Owned");
        assertThat(rentedOwned.status()).isEqualTo(Crossover.Status.REACHED);
        Crossover.Crossing first = rentedOwned.first().orElseThrow();
        assertThat(first.tokens()).isCloseTo(43.1702e9, within(1e6));
        assertThat(first.aBefore()).isCloseTo(14231.9556, within(1e-3));
        assertThat(first.bBefore()).isCloseTo(14550.9560, within(1e-3));
        assertThat(first.aAt()).isCloseTo(15246.6556, within(1e-3));
        assertThat(first.bAt()).isCloseTo(14550.9560, within(1e-3));
        PiecewiseCost rentedCost = plan.rentedLowest().orElseThrow();
        PiecewiseCost ownedCost = plan.ownedLowest().orElseThrow();
        assertThat(rentedCost.at(first.tokens() - 1)).isLessThan(ownedCost.at(first.tokens() - 1));
        assertThat(rentedCost.at(first.tokens())).isGreaterThanOrEqualTo(ownedCost.at(first.tokens()));
        // Each reported switch agrees with the functions one token either side.
        assertThat(plan.ownedSwitches()).isNotEmpty();
        plan.rentedSwitches().forEach(s -> {
            assertThat(s.toBefore()).isGreaterThanOrEqualTo(s.fromBefore());
            assertThat(s.toAt()).isLessThan(s.fromAt());
        });
    }

    @Test
    void over_a_flat_horizon_owned_pays_its_server_up_front_and_the_hybrid_moves_after_its_month() {
        // 36 months at a flat 10M tokens a day; the hybrid moves after 1 month at or above 5M,
        // paying $10,000 to migrate.
        ScenarioDetails details = new ScenarioDetails(
                null,
                0,
                "flat",
                "",
                inputs(),
                new GrowthPlan(0, 36),
                EngineeringTime.NONE,
                new HybridRule(5e6, 1, 10_000),
                null);
        PathsPlan plan = ThreePaths.plan(details.inputs(), catalogueService.catalogue(), 36);
        PathsGrowth growth = ThreePaths.grow(plan, details);

        // API $3.00 and rented $3,070.26 every month, as at one volume.
        assertThat(java.util.Arrays.stream(growth.api()).boxed())
                .allSatisfy(a -> assertThat(a).isCloseTo(3.00, within(1e-9)));
        assertThat(java.util.Arrays.stream(growth.rented()).boxed())
                .allSatisfy(r -> assertThat(r).isCloseTo(3070.2556, within(1e-3)));
        // Owned: one DGX A100 bought in month 0 for $200,000 and kept (a 48-month life outlasts
        // the horizon). Each month it runs 3,333.33 maintenance + 974.62 power + 300 facility
        // = 4,607.96, costs 733.33 of capital and carries 3,750 + 1,388.89 people = 5,138.89:
        //   month 0   = 200,000 + 4,607.96 + 733.33 + 5,138.89 = 210,480.18
        //   month 1.. =           4,607.96 + 733.33 + 5,138.89 =  10,480.18
        //   36 months = 200,000 + 36 x 10,480.18               = 577,286.43
        assertThat(plan.fleets().get(growth.ownedFleet()).name()).startsWith("NVIDIA DGX A100 320GB");
        assertThat(growth.owned()[0]).isCloseTo(210480.1786, within(1e-3));
        assertThat(growth.owned()[35]).isCloseTo(10480.1786, within(1e-3));
        assertThat(growth.ownedCumulative()[35]).isCloseTo(577286.43, within(1e-2));
        // Book value after 36 of 48 months: 200,000 - 180,000 x 36 / 48 = 65,000.
        assertThat(growth.ownedBookValue()).isCloseTo(65_000, within(1e-6));

        // Month 0 at 10M meets the 5M threshold, so the hybrid moves in month 1. To rented:
        // 3,070.26 - 555.56 implementation (the migration takes its place) + 10,000 = 12,514.70,
        // then 2,514.70 a month: never back at the API's $3.00 a month.
        PathsGrowth.Move toRented = growth.toRented().orElseThrow();
        assertThat(toRented.month()).isEqualTo(1);
        assertThat(toRented.monthly()[0]).isCloseTo(3.00, within(1e-9));
        assertThat(toRented.monthly()[1]).isCloseTo(12514.70, within(1e-3));
        assertThat(toRented.monthly()[2]).isCloseTo(2514.70, within(1e-3));
        assertThat(toRented.payback()).isEqualTo(-1);
        // To owned: the DGX A100 bought in month 1, 210,480.18 - 1,388.89 + 10,000 = 219,091.29.
        PathsGrowth.Move toOwned = growth.toOwned().orElseThrow();
        assertThat(toOwned.monthly()[1]).isCloseTo(219091.2897, within(1e-3));
    }

    @Test
    void under_uncertainty_the_three_paths_draw_on_the_options_the_point_figures_chose() {
        // The flat 36 months above, with the rent anywhere from half to one and a half times the
        // offer's $1.39 an hour (uniform).
        ScenarioDetails flat = new ScenarioDetails(
                        null,
                        0,
                        "flat",
                        "",
                        inputs(),
                        new GrowthPlan(0, 36),
                        EngineeringTime.NONE,
                        new HybridRule(5e6, 1, 10_000),
                        null)
                .withUncertainty(new UncertaintyChoice(
                        java.util.List.of(new UncertaintyChoice.RangeChoice(
                                "rentFactor", 0.5, 1.5, app.breakeven.costs.uncertainty.Shape.UNIFORM)),
                        2_000,
                        5));
        var model = (app.breakeven.costs.uncertainty.PathsModel) Uncertainty.model(flat, catalogueService.catalogue());

        // At the likely values: API 36 x $3.00 = $108.00; rented 36 x $3,070.2556 = $110,529.20;
        // owned $577,286.43, as the point figures over the horizon.
        double[] totals = model.totals(model.likely());
        assertThat(totals[0]).isCloseTo(108.00, within(1e-6));
        assertThat(totals[1]).isCloseTo(110529.20, within(1e-2));
        assertThat(totals[2]).isCloseTo(577286.43, within(1e-2));
        // The site's terms move the owned servers: at PUE 1 instead of 1.58 the power is 6.5 kW x 730 h
        // x $0.13 = $616.85 a month instead of $974.62, 36 x 357.77 = $12,879.83 less: $564,406.60.
        double[] values = model.likely();
        values[indexOf(model, "pue")] = 1;
        assertThat(model.totals(values)[2]).isCloseTo(564406.60, within(1e-2));
        // A useful life of 2.5 years (30 months) replaces the server within the horizon: another
        // $200,000 in month 31, the old one sold for its $20,000 residual: $757,286.43.
        values = model.likely();
        values[indexOf(model, "usefulLife")] = 2.5;
        assertThat(model.totals(values)[2]).isCloseTo(757286.43, within(1e-2));
        // Self-hosting is the cheaper of the two, rented: 108.00 - 110,529.20 = -110,421.20.
        assertThat(model.evaluate(model.likely()).horizonSaving()).isCloseTo(-110421.20, within(1e-2));

        var s = Uncertainty.simulate(model, flat.uncertainty());
        assertThat(s.probabilitySelfHostWins()).isZero();
        // Rent is 36 x 730 x $1.39 = $36,529.20 of it: the saving ranges over +-$18,264.60 around
        // the likely one, uniformly; a median of 2,000 draws strays by about 36,529 x 0.5 / sqrt(2,000) = $408.
        assertThat(s.horizonSaving().p10()).isBetween(-110421.20 - 18264.60, -110421.20);
        assertThat(s.horizonSaving().p50()).isCloseTo(-110421.20, within(1500.0));
        var tornado = Uncertainty.tornado(model);
        assertThat(tornado.bySaving()).singleElement().satisfies(bar -> {
            assertThat(bar.factor().key()).isEqualTo("rentFactor");
            assertThat(bar.savingSwing()).isCloseTo(36529.20, within(1e-2));
            // Even free rent leaves $2,055.56 a month of people against the API's $3.00.
            assertThat(bar.flip()).isEmpty();
        });
    }

    private static int indexOf(app.breakeven.costs.uncertainty.UncertainModel model, String key) {
        var keys = model.factors().stream().map(f -> f.key()).toList();
        return keys.indexOf(key);
    }

    @Test
    void the_marginal_lens_leaves_out_people_and_one_offs_on_all_three_paths() {
        PathsChoice marginal = choice(CostLens.MARGINAL);
        PathsPlan plan = ThreePaths.plan(inputs().withPaths(marginal), catalogueService.catalogue(), 36);
        // Rent alone: 730 h x $1.39 = $1,014.70.
        assertThat(plan.rented().orElseThrow().cost().monthly()).isCloseTo(1014.70, within(1e-9));
        assertThat(plan.rented().orElseThrow().cost().lines())
                .extracting(l -> l.name())
                .containsExactly("Rent");
    }

    @Test
    void three_paths_without_a_sized_replica_are_refused_on_paths() {
        ScenarioInputs unsized = inputs().withSizing(null);
        Catalogue catalogue = catalogueService.catalogue();
        assertThatThrownBy(() -> ThreePaths.plan(unsized, catalogue, 36))
                .isInstanceOfSatisfying(
                        InvalidInputsException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactly("paths"));
    }

    @Test
    void bad_three_path_inputs_are_each_named() {
        PathsChoice bad = new PathsChoice(
                -1,
                0,
                2,
                0,
                800,
                0,
                null,
                11,
                0,
                false,
                -1,
                0,
                101,
                0,
                0,
                0,
                2e9,
                null,
                new OwnershipOverrides(2.01, null, null, null, null, 0.5, null, null));
        assertThat(inputs().withPaths(bad).problems(catalogueService.catalogue()))
                .extracting(InputProblem::field)
                .containsExactly(
                        "inputTokensPerRequest",
                        "outputTokensPerRequest",
                        "cachedInputShare",
                        "activeHoursPerMonth",
                        "headroom",
                        "billing",
                        "runtimeBuffer",
                        "minimumReplicas",
                        "loadedMonthlyPerFte",
                        "rentedOpsFte",
                        "ownedImplementation",
                        "lens",
                        "usefulLifeYears",
                        "pue");
    }

    @Test
    void a_scenario_saves_and_reloads_its_three_paths_with_ownership_overrides() {
        PathsChoice withOverrides =
                choice().withOwnership(new OwnershipOverrides(5.0, null, 0.06, null, 0.2, 1.2, null, null));
        ScenarioDetails draft = scenarios.draft().withName("Three paths " + System.nanoTime());
        ScenarioDetails saved = scenarios.save(draft.withInputs(inputs().withPaths(withOverrides)));

        ScenarioDetails reloaded = scenarios.find(saved.id()).orElseThrow();
        assertThat(reloaded.inputs().paths()).isEqualTo(withOverrides);
        assertThat(reloaded.inputs().sizing()).isEqualTo(inputs().sizing());
        // The overrides price the owned path: a 5-year life is 60 months of depreciation.
        PathsPlan plan = ThreePaths.plan(reloaded.inputs(), catalogueService.catalogue(), 36);
        PathCost owned = plan.owned().orElseThrow().cost();
        assertThat(owned.line("Depreciation").orElseThrow().formula()).contains("/ 60 months");

        // Cleared, the columns go back to null and the scenario prices the article's way alone.
        ScenarioDetails cleared =
                scenarios.save(reloaded.withInputs(reloaded.inputs().withPaths(null)));
        assertThat(scenarios.find(cleared.id()).orElseThrow().inputs().paths()).isNull();
    }

    private static Crossover crossing(PathsPlan plan, String a, String b) {
        return plan.crossovers().stream()
                .filter(c -> c.a().equals(a) && c.b().equals(b))
                .findFirst()
                .orElseThrow()
                .crossover();
    }

    @Test
    void a_tensor_parallel_replica_never_spans_machines_so_an_offer_too_small_for_it_is_left_out() {
        PathsPlan plan = ThreePaths.plan(inputs(), catalogueService.catalogue(), 36);

        // On L4 the replica is 4 GPUs (51.54 GB against 21.6 GB usable each); RunPod rents L4
        // one GPU at a time, and a replica's GPUs exchange activations every layer inside one machine.
        assertThat(plan.excluded())
                .anyMatch(e -> e.startsWith("RunPod")
                        && e.endsWith("a replica of 4 GPUs runs tensor parallel inside one machine; this one has 1"));
        assertThat(plan.rentedLowest().orElseThrow().segments())
                .noneMatch(segment -> segment.option().name().contains("L4 24GB a replica"));
    }
}
