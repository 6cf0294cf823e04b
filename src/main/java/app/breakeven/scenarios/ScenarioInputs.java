package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.Deployment;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner needs to price a volume both ways; catalogue items by name.
 *
 * @param tokensPerDay  average tokens a day
 * @param model         a model in the catalogue
 * @param tier          a hardware tier in the catalogue
 * @param deployment    cloud rental or owned hardware
 * @param utilization   target share of GPU throughput used, from {@link ScenarioLimits#UTILIZATION_MIN} to 1
 * @param peakFactor    peak traffic over average, at least 1
 * @param inputShare    share of tokens that are input tokens, in [0, 1]
 * @param daysPerMonth  days billed a month
 * @param engineeringMonthly this scenario's engineering time in dollars a month, replacing
 *                      the catalogue's engineering category; null to keep the catalogue's
 * @param sizing        hardware sized from the model and a GPU; null for the article's tier
 *                      (the quick mode that reproduces the article)
 * @param paths         the three paths' terms (request shape, load, billing, availability,
 *                      people, lens, ownership); null to price the article's way alone. Needs
 *                      {@code sizing}: the sized replica sets the throughput of a replica
 */
public record ScenarioInputs(
        double tokensPerDay,
        String model,
        String tier,
        Deployment deployment,
        double utilization,
        double peakFactor,
        double inputShare,
        int daysPerMonth,
        Double engineeringMonthly,
        SizingChoice sizing,
        PathsChoice paths) {

    /** Inputs sized or on the article's tier, without the three paths. */
    public ScenarioInputs(
            double tokensPerDay,
            String model,
            String tier,
            Deployment deployment,
            double utilization,
            double peakFactor,
            double inputShare,
            int daysPerMonth,
            Double engineeringMonthly,
            SizingChoice sizing) {
        this(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                null);
    }

    /** Inputs priced on the article's tier. */
    public ScenarioInputs(
            double tokensPerDay,
            String model,
            String tier,
            Deployment deployment,
            double utilization,
            double peakFactor,
            double inputShare,
            int daysPerMonth,
            Double engineeringMonthly) {
        this(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                null);
    }

    /** True when the scenario is priced three ways (API, rented, owned). */
    public boolean threePaths() {
        return paths != null;
    }

    public ScenarioInputs withPaths(PathsChoice value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                value);
    }

    /** True when the hardware is sized from the model and a GPU rather than taken from the article's tier. */
    public boolean sized() {
        return sizing != null;
    }

    public ScenarioInputs withSizing(SizingChoice value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                value,
                paths);
    }

    public static final double MAX_TOKENS_PER_DAY = ScenarioLimits.TOKENS_PER_DAY_MAX_VALUE;
    /** A name not in the catalogue is quoted back at most this long: it may be anything a caller sent. */
    static final int MAX_QUOTED_NAME = 100;

    public ScenarioInputs withTokensPerDay(double value) {
        return new ScenarioInputs(
                value,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    public ScenarioInputs withModel(String value) {
        return new ScenarioInputs(
                tokensPerDay,
                value,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    public ScenarioInputs withTier(String value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                value,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    public ScenarioInputs withDeployment(Deployment value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                value,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    public ScenarioInputs withEngineeringMonthly(Double value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                peakFactor,
                inputShare,
                daysPerMonth,
                value,
                sizing,
                paths);
    }

    public ScenarioInputs withPeakFactor(double value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                deployment,
                utilization,
                value,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    public ScenarioInputs withUtilization(double value) {
        return new ScenarioInputs(
                tokensPerDay,
                model,
                tier,
                deployment,
                value,
                peakFactor,
                inputShare,
                daysPerMonth,
                engineeringMonthly,
                sizing,
                paths);
    }

    /** Everything wrong with these inputs, field by field; empty when they can be evaluated. */
    public List<InputProblem> problems(Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>();
        if (!(tokensPerDay >= 0) || tokensPerDay > MAX_TOKENS_PER_DAY) {
            problems.add(new InputProblem(
                    "tokensPerDay",
                    "is required: a number from 0 to " + ScenarioLimits.shown(ScenarioLimits.TOKENS_PER_DAY_MAX)
                            + " tokens a day"));
        }
        if (model == null || model.isBlank()) {
            problems.add(new InputProblem("model", "is required"));
        } else if (catalogue.model(model).isEmpty()) {
            problems.add(new InputProblem("model", "no model named '" + quoted(model) + "' in the catalogue"));
        }
        if (tier == null || tier.isBlank()) {
            problems.add(new InputProblem("tier", "is required"));
        } else if (catalogue.tier(tier).isEmpty()) {
            problems.add(new InputProblem("tier", "no hardware tier labelled '" + quoted(tier) + "' in the catalogue"));
        }
        if (deployment == null) {
            problems.add(new InputProblem("deployment", "is required: CLOUD or ON_PREM"));
        }
        if (!(utilization >= ScenarioLimits.UTILIZATION_MIN_VALUE && utilization <= 1)) {
            problems.add(new InputProblem(
                    "utilization",
                    "must be from " + ScenarioLimits.UTILIZATION_MIN + " to 1 ("
                            + ScenarioLimits.percent(ScenarioLimits.UTILIZATION_MIN) + " to 100%)"));
        }
        if (!(peakFactor >= 1 && peakFactor <= ScenarioLimits.PEAK_FACTOR_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "peakFactor",
                    "must be between " + ScenarioLimits.PEAK_FACTOR_MIN + " and " + ScenarioLimits.PEAK_FACTOR_MAX));
        }
        if (!(inputShare >= 0 && inputShare <= 1)) {
            problems.add(new InputProblem("inputShare", "must be from 0% to 100%"));
        }
        if (daysPerMonth < ScenarioLimits.DAYS_PER_MONTH_MIN || daysPerMonth > ScenarioLimits.DAYS_PER_MONTH_MAX) {
            problems.add(new InputProblem(
                    "daysPerMonth",
                    "must be between " + ScenarioLimits.DAYS_PER_MONTH_MIN + " and "
                            + ScenarioLimits.DAYS_PER_MONTH_MAX));
        }
        if (engineeringMonthly != null && !(engineeringMonthly >= 0 && engineeringMonthly < 1e9)) {
            problems.add(new InputProblem("engineeringMonthly", "must be a dollar amount of at least 0"));
        }
        if (sizing != null) {
            problems.addAll(sizing.problems(catalogue, deployment));
        }
        if (paths != null) {
            if (sizing == null) {
                problems.add(
                        new InputProblem("paths", "the three paths need the replica sized from a GPU: choose a gpu"));
            }
            problems.addAll(paths.problems());
        }
        return problems;
    }

    static String quoted(String name) {
        if (name.length() <= MAX_QUOTED_NAME || name.codePointCount(0, name.length()) <= MAX_QUOTED_NAME) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_QUOTED_NAME)) + "…";
    }
}
