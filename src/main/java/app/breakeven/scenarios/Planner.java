package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Cascade;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.GpuTier;
import app.breakeven.costs.Growth;
import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices scenario inputs against a catalogue snapshot: the point figures, growth over the
 * horizon, routing, every model at a volume and the break-even map. Plain functions of
 * their arguments, with no database, transaction or security, so a dashboard can call them
 * on every slider event; whoever reads the catalogue and the scenario checks access.
 */
public final class Planner {

    static final String TOO_MANY_DEPLOYMENTS =
            "needs more than 2,147,483,647 deployments of this tier: lower the volume or choose a faster tier";
    static final String BEYOND_COMPUTING = "costs more a month than can be computed: lower the volume";

    private Planner() {}

    /**
     * Prices a scenario now and month by month over its horizon, with the breakdown of the
     * self-host bill, the ROI check and a recommendation. Pure computation on the given
     * catalogue.
     *
     * @throws InvalidInputsException naming every bad field
     */
    public static Projection project(ScenarioDetails details, Catalogue catalogue) {
        requireValid(details.problems(catalogue));
        Plan plan = plan(details.plannedInputs(), catalogue);
        Growth growth = CostEngine.grow(
                plan.profile(),
                details.inputs().tokensPerDay(),
                details.growth().perMonth(),
                details.growth().horizonMonths(),
                details.hybridPolicy());
        Evaluation now = plan.evaluation();
        List<CostLine> breakdown = breakdown(plan.profile(), now.deployments());
        Roi roi = roi(now, catalogue, details);
        boolean sustained = growth.hybridSwitchMonth() >= 0
                || sustainedAtEnd(
                        growth, details.hybrid().threshold(), details.hybrid().months());
        return new Projection(
                details, plan, growth, breakdown, roi, Decisions.decide(details, now, roi, sustained, growth));
    }

    /**
     * Prices a cascade for the scenario's volume: each model self-hosts on the smallest tier
     * that fits its size (the scenario's tier when its size is unknown).
     *
     * @param models          two or three models, cheapest first
     * @param escalationRates one rate fewer than models, each from 0 to 1
     * @throws InvalidInputsException naming the bad field
     */
    public static Routing route(
            ScenarioInputs inputs, List<String> models, List<Double> escalationRates, Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>(inputs.problems(catalogue));
        // Any cascade is priced, a model twice included; a scenario's own is refused that (RoutingChoice).
        problems.addAll(new RoutingChoice(models, escalationRates).pricingProblems(catalogue));
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        var workload =
                new Workload(inputs.inputShare(), inputs.utilization(), inputs.peakFactor(), inputs.daysPerMonth());
        var hidden = catalogue.engineHiddenCosts(inputs.engineeringMonthly());
        List<Cascade.Stage> stages = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            var model = catalogue.model(models.get(i)).orElseThrow();
            var tier = tierFor(model, catalogue)
                    .orElseGet(() -> catalogue.tier(inputs.tier()).orElseThrow());
            tiers.add(tier.getLabel());
            var profile = new CostProfile(model.apiPrice(), tier.gpuTier(), inputs.deployment(), workload, hidden);
            stages.add(new Cascade.Stage(
                    model.getName(), profile, i < escalationRates.size() ? escalationRates.get(i) : 0));
        }
        var result = new Cascade(stages).evaluate(inputs.tokensPerDay());
        double rate = Cascade.escalationRateFor(
                Routing.ARTICLE_CUT,
                stages.getFirst().profile().blendedPerMillion(),
                stages.getLast().profile().blendedPerMillion());
        return new Routing(List.copyOf(models), tiers, List.copyOf(escalationRates), result, rate);
    }

    /**
     * Every catalogue model at the scenario's volume: each self-hosted on the article's tier that
     * fits its size in the quick mode, or sized on the scenario's GPU.
     */
    public static List<ModelCost> compareModels(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        if (inputs.sized()) {
            return SizedComparisons.compareModels(inputs, catalogue);
        }
        List<ModelCost> costs = new ArrayList<>();
        for (var model : catalogue.models()) {
            var tier = tierFor(model, catalogue)
                    .orElseGet(() -> catalogue.tier(inputs.tier()).orElseThrow());
            var profile = profile(inputs.withModel(model.getName()).withTier(tier.getLabel()), catalogue);
            var e = CostEngine.evaluate(profile, inputs.tokensPerDay());
            costs.add(new ModelCost(
                    model.getName(),
                    tier.getLabel(),
                    profile.price().outputPerMillion(),
                    e.apiMonthly(),
                    e.selfHostMonthly().low(),
                    e.selfHostMonthly().high(),
                    e.breakEven().mid(),
                    null));
        }
        return costs;
    }

    /**
     * Break-even volumes for every model on every column of hardware, the scenario's other
     * assumptions kept: the article's tiers in the quick mode (a model too large for a tier does
     * not fit it), or every GPU type when the scenario sizes its replica.
     */
    public static BreakEvenMap breakEvenMap(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        if (inputs.sized()) {
            return SizedComparisons.breakEvenMap(inputs, catalogue);
        }
        var models = catalogue.models();
        var tiers = catalogue.tiers();
        BreakEvenMap.Cell[][] cells = new BreakEvenMap.Cell[models.size()][tiers.size()];
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < tiers.size(); j++) {
                if (!fits(models.get(i), tiers.get(j))) {
                    cells[i][j] = BreakEvenMap.Cell.not(BreakEvenMap.Status.DOES_NOT_FIT, null);
                    continue;
                }
                var profile = profile(
                        inputs.withModel(models.get(i).getName())
                                .withTier(tiers.get(j).getLabel()),
                        catalogue);
                cells[i][j] = BreakEvenMap.Cell.priced(profile.breakEven(CostRange.Level.MID, true), null);
            }
        }
        return new BreakEvenMap(
                "Hardware tier",
                models.stream().map(m -> m.getName()).toList(),
                tiers.stream().map(t -> t.getLabel()).toList(),
                cells);
    }

    /** The smallest tier whose size range reaches the model's total parameters (5% leeway: Qwen3-32B is 32.8B). */
    static Optional<HardwareTier> tierFor(ModelPrice model, Catalogue catalogue) {
        if (model.getParamsTotalBillions() == null) {
            return Optional.empty();
        }
        return catalogue.tiers().stream().filter(t -> fits(model, t)).findFirst();
    }

    /** Whether a model's total parameters fit a tier's size range (unknown sizes fit anywhere). */
    static boolean fits(ModelPrice model, HardwareTier tier) {
        return model.getParamsTotalBillions() == null
                || tier.getModelSizeMaxBillions() == null
                || tier.getModelSizeMaxBillions().doubleValue() * 1.05
                        >= model.getParamsTotalBillions().doubleValue();
    }

    private static boolean sustainedAtEnd(Growth growth, double threshold, int months) {
        int run = 0;
        for (double v : growth.tokensPerDay()) {
            run = v >= threshold ? run + 1 : 0;
        }
        return run >= months;
    }

    /** The GPUs and each hidden cost that applies, for the given number of deployments. */
    static List<CostLine> breakdown(CostProfile profile, int deployments) {
        List<CostLine> lines = new ArrayList<>();
        var gpu = profile.gpuPerDeployment().times(deployments);
        lines.add(new CostLine(
                "GPU servers (" + deployments + " × " + profile.tier().label() + ")", gpu.low(), gpu.high()));
        for (HiddenCost cost : profile.hiddenCosts()) {
            if (cost.appliesTo(profile.deployment())) {
                var range = cost.basis() == HiddenCost.Basis.PER_DEPLOYMENT
                        ? cost.monthly().times(deployments)
                        : cost.monthly();
                lines.add(new CostLine(cost.name(), range.low(), range.high()));
            }
        }
        return lines;
    }

    private static Roi roi(Evaluation now, Catalogue catalogue, ScenarioDetails details) {
        double engineering = details.plannedInputs().engineeringMonthly() != null
                ? details.plannedInputs().engineeringMonthly()
                : catalogue.hiddenCosts().stream()
                        .filter(c -> c.isEngineeringTime())
                        .mapToDouble(c -> c.hiddenCost().monthly().mid())
                        .sum();
        double selfHost = now.selfHostMonthly().mid();
        double withoutEngineering = Math.max(0, selfHost - engineering);
        double saved = now.apiMonthly() - withoutEngineering;
        return new Roi(now.apiMonthly(), withoutEngineering, saved, engineering, saved - engineering);
    }

    /**
     * Validates the inputs and prices them; pure computation on the given catalogue, so
     * a dashboard can call it on every slider event without touching the database.
     * Inputs that are each valid can still ask for more than the engine can count, on a
     * very slow tier or at absurd prices: those are refused too, never shown saturated.
     *
     * @throws InvalidInputsException naming every field that is wrong
     */
    public static Plan plan(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        SizedHardware hardware =
                SizedHardware.resolve(inputs, catalogue, inputs.sized() ? catalogue.sizingFacts() : null);
        CostProfile profile = profile(inputs, catalogue, hardware.tier());
        if (profile.deploymentsNeeded(inputs.tokensPerDay()) > Integer.MAX_VALUE) {
            requireValid(List.of(new InputProblem("tokensPerDay", TOO_MANY_DEPLOYMENTS)));
        }
        Evaluation evaluation = CostEngine.evaluate(profile, inputs.tokensPerDay());
        if (!Double.isFinite(evaluation.apiMonthly())
                || !Double.isFinite(evaluation.selfHostMonthly().high())) {
            requireValid(List.of(new InputProblem("tokensPerDay", BEYOND_COMPUTING)));
        }
        return new Plan(inputs, profile, evaluation, hardware);
    }

    private static void requireValid(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
    }

    static CostProfile profile(ScenarioInputs inputs, Catalogue catalogue) {
        return profile(
                inputs, catalogue, catalogue.tier(inputs.tier()).orElseThrow().gpuTier());
    }

    static CostProfile profile(ScenarioInputs inputs, Catalogue catalogue, GpuTier tier) {
        var model = catalogue.model(inputs.model()).orElseThrow();
        var workload =
                new Workload(inputs.inputShare(), inputs.utilization(), inputs.peakFactor(), inputs.daysPerMonth());
        return new CostProfile(
                model.apiPrice(),
                tier,
                inputs.deployment(),
                workload,
                catalogue.engineHiddenCosts(inputs.engineeringMonthly()));
    }
}
