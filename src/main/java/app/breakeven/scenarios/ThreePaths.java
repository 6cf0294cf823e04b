package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.SizingFacts;
import app.breakeven.costs.economics.ApiCost;
import app.breakeven.costs.economics.ApiPricing;
import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.OwnedCost;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.economics.People;
import app.breakeven.costs.economics.Plan;
import app.breakeven.costs.economics.RentedCost;
import app.breakeven.costs.economics.Replica;
import app.breakeven.costs.paths.Cheapest;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.Paths;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.paths.PiecewiseCost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices a scenario three ways (API, rented, owned), statically like {@link Planner}. The
 * scenario's sized replica sets the throughput a replica; every other GPU type with an offer
 * is sized with the same formats, context and concurrency, so the options are GPU x replica
 * x offer. Rented and owned are each the cheapest eligible option at every volume
 * ({@link Cheapest}); the crossovers API-rented, API-owned and rented-owned are solved on those
 * same functions up to 1T tokens a month. Tokens a month = tokens a day x days a month.
 */
public final class ThreePaths {

    static final String NEEDS_SIZING = "the three paths need the replica sized from a GPU: choose a gpu";

    private ThreePaths() {}

    /**
     * @param horizonMonths months over which each path's implementation is spread: the growth horizon
     * @throws InvalidInputsException naming every field that is wrong, {@code paths} when the
     *     inputs hold none or the replica cannot be sized
     */
    public static PathsPlan plan(ScenarioInputs inputs, Catalogue catalogue, int horizonMonths) {
        if (inputs.paths() == null) {
            throw new InvalidInputsException(List.of(new InputProblem("paths", "are required to price three paths")));
        }
        Planner.plan(inputs, catalogue);
        if (horizonMonths < ScenarioLimits.HORIZON_MIN_MONTHS || horizonMonths > ScenarioLimits.HORIZON_MAX_MONTHS) {
            throw new InvalidInputsException(List.of(new InputProblem(
                    "horizonMonths",
                    "must be from " + ScenarioLimits.HORIZON_MIN_MONTHS + " to " + ScenarioLimits.HORIZON_MAX_MONTHS
                            + " months")));
        }
        SizingFacts facts = catalogue.sizingFacts();
        SizedHardware own = SizedHardware.resolve(inputs, catalogue, facts);
        if (!own.sized()) {
            throw new InvalidInputsException(List.of(new InputProblem("paths", NEEDS_SIZING + "; " + own.fallback())));
        }
        PathsChoice choice = inputs.paths();
        Plan plan = choice.plan(inputs.peakFactor(), horizonMonths);
        double tokens = inputs.tokensPerDay() * inputs.daysPerMonth();
        ModelPrice model = catalogue.model(inputs.model()).orElseThrow();

        ApiPricing pricing = PathOffers.api(model);
        People apiPeople = choice.apiPeople();
        PiecewiseCost api = apiCost(pricing, apiPeople, plan);

        List<String> excluded = new ArrayList<>();
        Map<String, Replica> replicas = replicas(inputs, catalogue, facts, own, excluded);

        List<Cheapest.Option> rentedOptions = new ArrayList<>();
        List<PathOffers.Rented> rentedRows = new ArrayList<>();
        List<Replica> rentedReplicas = new ArrayList<>();
        for (PathOffers.Rented row : PathOffers.rented(catalogue)) {
            Replica replica = replicas.get(row.offer().gpu());
            if (replica != null && !holds(row.offer().gpusPerInstance(), replica, row.label(), excluded)) {
                continue;
            }
            if (replica != null) {
                rentedRows.add(row);
                rentedReplicas.add(replica);
                rentedOptions.add(new Cheapest.Option(
                        name(row.label(), replica),
                        PathFunction.rented(row.offer(), choice.billingTerms(), replica, choice.rentedPeople(), plan),
                        true));
            }
        }
        Optional<OwnershipAssumptions> ownership =
                (choice.ownership() == null ? OwnershipOverrides.NONE : choice.ownership()).over(catalogue);
        List<Cheapest.Option> ownedOptions = new ArrayList<>();
        List<PathOffers.Owned> ownedRows = new ArrayList<>();
        List<Replica> ownedReplicas = new ArrayList<>();
        List<PathsGrowth.Fleet> fleets = new ArrayList<>();
        if (ownership.isEmpty()) {
            excluded.add("owned: the catalogue lacks an ownership assumption and the scenario sets none in its place");
        } else {
            for (PathOffers.Owned row : PathOffers.owned(catalogue)) {
                Replica replica = replicas.get(row.offer().gpu());
                if (replica != null && !holds(row.offer().gpus(), replica, row.label(), excluded)) {
                    continue;
                }
                if (replica != null) {
                    ownedRows.add(row);
                    ownedReplicas.add(replica);
                    ownedOptions.add(new Cheapest.Option(
                            name(row.label(), replica),
                            PathFunction.owned(row.offer(), ownership.get(), replica, choice.ownedPeople(), plan),
                            true));
                    fleets.add(fleet(row, ownership.get(), replica, choice.ownedPeople(), plan));
                }
            }
        }

        Optional<PathsPlan.Chosen> rented = Cheapest.at(rentedOptions, tokens).map(c -> {
            PathOffers.Rented row = rentedRows.get(c.index());
            Replica replica = rentedReplicas.get(c.index());
            return new PathsPlan.Chosen(
                    c.option().name(),
                    row.label(),
                    replica.label(),
                    RentedCost.explain(
                            row.offer(), choice.billingTerms(), replica, choice.rentedPeople(), plan, tokens));
        });
        Optional<PathsPlan.Chosen> owned = Cheapest.at(ownedOptions, tokens).map(c -> {
            PathOffers.Owned row = ownedRows.get(c.index());
            Replica replica = ownedReplicas.get(c.index());
            return new PathsPlan.Chosen(
                    c.option().name(),
                    row.label(),
                    replica.label(),
                    OwnedCost.explain(row.offer(), ownership.get(), replica, choice.ownedPeople(), plan, tokens));
        });

        Optional<Cheapest> rentedLowest = Cheapest.of(rentedOptions);
        Optional<Cheapest> ownedLowest = Cheapest.of(ownedOptions);
        List<PathsPlan.PathCrossing> crossovers = List.of(
                crossing("API", "Rented", api, rentedLowest.orElse(null)),
                crossing("API", "Owned", api, ownedLowest.orElse(null)),
                crossing("Rented", "Owned", rentedLowest.orElse(null), ownedLowest.orElse(null)));
        return new PathsPlan(
                inputs,
                tokens,
                ApiCost.explain(model.getName() + " API", pricing, apiPeople, plan, tokens),
                rented,
                owned,
                crossovers,
                rentedLowest,
                ownedLowest,
                new Paths(api, rentedOptions, ownedOptions),
                fleets,
                new PathsPlan.Hardware(
                        rentedRows.stream().map(PathOffers.Rented::offer).toList(), rentedReplicas, ownedReplicas),
                implementation(choice.rentedPeople(), plan),
                excluded);
    }

    /**
     * The three paths month by month over the scenario's growth, with the hybrid policy moving
     * to rented or to owned; the owned path pays for its servers as it buys them.
     *
     * @param plan the paths priced for the details' inputs and horizon
     */
    public static PathsGrowth grow(PathsPlan plan, ScenarioDetails details) {
        GrowthPlan growth = details.growth();
        double[] volume = new double[growth.horizonMonths()];
        for (int m = 0; m < volume.length; m++) {
            volume[m] = details.inputs().tokensPerDay() * Math.pow(1 + growth.perMonth(), m);
        }
        return PathsGrowth.of(
                plan.paths().api(),
                plan.paths().rented(),
                plan.rentedImplementationMonthly(),
                plan.fleets(),
                volume,
                details.inputs().daysPerMonth(),
                details.hybridPolicy());
    }

    private static PathsGrowth.Fleet fleet(
            PathOffers.Owned row, OwnershipAssumptions ownership, Replica replica, People people, Plan plan) {
        return new PathsGrowth.Fleet(
                name(row.label(), replica),
                row.offer(),
                ownership,
                replica.gpuTdpWatts(),
                v -> OwnedCost.servers(row.offer(), replica, plan, v),
                PathFunction.fixedOf(people, plan),
                implementation(people, plan));
    }

    /** The implementation a month the lens counts: none under the marginal lens. */
    private static double implementation(People people, Plan plan) {
        return plan.lens().counts(CostLine.Kind.FIXED) ? people.implementationMonthly(plan.horizonMonths()) : 0;
    }

    private static PathsPlan.PathCrossing crossing(String a, String b, PiecewiseCost fa, PiecewiseCost fb) {
        return new PathsPlan.PathCrossing(a, b, fa == null || fb == null ? null : Crossover.solve(fa, fb));
    }

    private static String name(String offer, Replica replica) {
        return offer + " with " + replica.gpus() + " x " + replica.gpu() + " a replica";
    }

    /** The API's bill and people as a cost function: one line, read from {@link ApiCost#monthly}. */
    private static PiecewiseCost apiCost(ApiPricing pricing, People people, Plan plan) {
        double fixed = ApiCost.monthly(pricing, people, plan, 0);
        double slope = (ApiCost.monthly(pricing, people, plan, 1e12) - fixed) / 1e12;
        return new PiecewiseCost() {
            @Override
            public double at(double tokens) {
                return ApiCost.monthly(pricing, people, plan, tokens);
            }

            @Override
            public double lastOfBand(double token) {
                return Double.POSITIVE_INFINITY;
            }

            @Override
            public Bound bound(double token) {
                // A line up to rounding, which is far below a millionth of the largest cost searched.
                double until = 0x1p52;
                double eps = 1e-12 * (Math.abs(fixed) + slope * until) + 1e-9;
                return new Bound(until, fixed - eps, slope, 2 * eps);
            }
        };
    }

    /** One replica per GPU type with an offer: the scenario's own, and each other GPU sized the same way. */
    private static Map<String, Replica> replicas(
            ScenarioInputs inputs, Catalogue catalogue, SizingFacts facts, SizedHardware own, List<String> excluded) {
        Map<String, Replica> replicas = new LinkedHashMap<>();
        SizingChoice sizing = inputs.sizing();
        replicas.put(sizing.gpu(), Replica.of(own.option()));
        Set<String> gpus = new LinkedHashSet<>();
        catalogue.rentedOffers().forEach(o -> gpus.add(o.getGpuType()));
        catalogue.purchaseOffers().forEach(o -> gpus.add(o.getGpuType()));
        for (String gpu : gpus) {
            if (replicas.containsKey(gpu) || catalogue.gpu(gpu).isEmpty()) {
                continue;
            }
            SizingChoice other = new SizingChoice(
                    gpu, sizing.weights(), sizing.kvCache(), sizing.contextTokens(), sizing.concurrency());
            SizedHardware.Attempt attempt = SizedHardware.attempt(inputs.withSizing(other), catalogue, facts);
            if (attempt.refusal() != null) {
                excluded.add(gpu + ": " + attempt.refusal());
            } else if (!attempt.hardware().sized()) {
                excluded.add(gpu + ": " + attempt.hardware().fallback());
            } else {
                replicas.put(gpu, Replica.of(attempt.hardware().option()));
            }
        }
        return replicas;
    }

    /**
     * Whether one machine of the offer holds a whole replica. A sized replica is tensor parallel
     * (at most 8 GPUs, one node): its GPUs exchange activations every layer, which only a
     * machine's own interconnect carries fast enough, so it never spans machines; an offer too
     * small for it is left out, saying why.
     */
    private static boolean holds(int gpusPerMachine, Replica replica, String label, List<String> excluded) {
        if (gpusPerMachine >= replica.gpus()) {
            return true;
        }
        excluded.add(label + ": a replica of " + replica.gpus() + " GPUs runs tensor parallel inside one machine;"
                + " this one has " + gpusPerMachine);
        return false;
    }
}
