package app.breakeven.scenarios;

import app.breakeven.costs.economics.Availability;
import app.breakeven.costs.economics.Billing;
import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.economics.Load;
import app.breakeven.costs.economics.People;
import app.breakeven.costs.economics.Plan;
import app.breakeven.costs.economics.RequestShape;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario priced three ways (API, rented, owned) rather than the article's tier alone: the
 * average request, the load over the month, how rented instances are billed, availability,
 * the people and one-offs of each path, the cost lens and, optionally, the scenario's own
 * ownership assumptions in place of the catalogue's. Peak-to-average is the scenario's
 * {@code peakFactor}; the volume is its tokens a day x days a month.
 *
 * @param inputTokensPerRequest  average input tokens a request, 0 to {@link ScenarioLimits#TOKENS_PER_REQUEST_MAX}
 * @param outputTokensPerRequest average output tokens a request, above 0
 * @param cachedInputShare       share of input tokens served from the provider's cache, 0 to 1
 * @param batchShare             share of traffic eligible for batch pricing, 0 to 1
 * @param activeHoursPerMonth    hours a month the traffic arrives in, above 0 and at most 730
 * @param headroom               share of a replica's benchmarked throughput planned to be used
 * @param billing                which hours rented instances are paid for
 * @param runtimeBuffer          scale-to-zero's start-up and idle share on top of the busy hours, 0 to 10
 * @param minimumReplicas        replicas run whatever the load
 * @param spare                  N+1: one replica more than the peak needs
 * @param loadedMonthlyPerFte    salary, benefits and overhead of one person a month
 * @param apiOpsFte              people running the API path, in FTE
 * @param rentedOpsFte           people running rented hardware, in FTE
 * @param ownedOpsFte            people running owned hardware, in FTE
 * @param apiImplementation      one-off cost of building on the API, spread over the horizon
 * @param rentedImplementation   one-off cost of building on rented hardware
 * @param ownedImplementation    one-off cost of building on owned hardware
 * @param lens                   fully loaded or marginal, for all three paths
 * @param ownership              the scenario's own ownership assumptions; null for the catalogue's
 */
public record PathsChoice(
        double inputTokensPerRequest,
        double outputTokensPerRequest,
        double cachedInputShare,
        double batchShare,
        double activeHoursPerMonth,
        double headroom,
        BillingMode billing,
        double runtimeBuffer,
        int minimumReplicas,
        boolean spare,
        double loadedMonthlyPerFte,
        double apiOpsFte,
        double rentedOpsFte,
        double ownedOpsFte,
        double apiImplementation,
        double rentedImplementation,
        double ownedImplementation,
        CostLens lens,
        OwnershipOverrides ownership) {

    /** Where the people figures come from, for the lines that show them. */
    static final String PEOPLE_SOURCE = "this scenario's people and one-offs";

    public RequestShape shape() {
        return new RequestShape(inputTokensPerRequest, outputTokensPerRequest, cachedInputShare, batchShare);
    }

    public Load load(double peakFactor) {
        return new Load(activeHoursPerMonth, peakFactor, headroom);
    }

    public Billing billingTerms() {
        return new Billing(billing, runtimeBuffer);
    }

    public Plan plan(double peakFactor, int horizonMonths) {
        return new Plan(shape(), load(peakFactor), new Availability(minimumReplicas, spare), horizonMonths, lens);
    }

    public People apiPeople() {
        return new People(apiOpsFte, loadedMonthlyPerFte, apiImplementation, PEOPLE_SOURCE, null);
    }

    public People rentedPeople() {
        return new People(rentedOpsFte, loadedMonthlyPerFte, rentedImplementation, PEOPLE_SOURCE, null);
    }

    public People ownedPeople() {
        return new People(ownedOpsFte, loadedMonthlyPerFte, ownedImplementation, PEOPLE_SOURCE, null);
    }

    public PathsChoice withOwnership(OwnershipOverrides value) {
        return new PathsChoice(
                inputTokensPerRequest,
                outputTokensPerRequest,
                cachedInputShare,
                batchShare,
                activeHoursPerMonth,
                headroom,
                billing,
                runtimeBuffer,
                minimumReplicas,
                spare,
                loadedMonthlyPerFte,
                apiOpsFte,
                rentedOpsFte,
                ownedOpsFte,
                apiImplementation,
                rentedImplementation,
                ownedImplementation,
                lens,
                value);
    }

    /** Everything wrong with this choice, field by field. */
    List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        String perRequest = ScenarioLimits.shown(ScenarioLimits.TOKENS_PER_REQUEST_MAX);
        if (!(inputTokensPerRequest >= 0 && inputTokensPerRequest <= ScenarioLimits.TOKENS_PER_REQUEST_MAX_VALUE)) {
            problems.add(
                    new InputProblem("inputTokensPerRequest", "must be from 0 to " + perRequest + " tokens a request"));
        }
        if (!(outputTokensPerRequest > 0 && outputTokensPerRequest <= ScenarioLimits.TOKENS_PER_REQUEST_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "outputTokensPerRequest", "must be above 0 and at most " + perRequest + " tokens a request"));
        }
        share(problems, "cachedInputShare", cachedInputShare);
        share(problems, "batchShare", batchShare);
        if (!(activeHoursPerMonth > 0 && activeHoursPerMonth <= Load.HOURS_PER_MONTH)) {
            problems.add(new InputProblem("activeHoursPerMonth", "must be above 0 and at most 730 hours a month"));
        }
        if (!(headroom >= ScenarioLimits.HEADROOM_MIN_VALUE && headroom <= 1)) {
            problems.add(new InputProblem(
                    "headroom",
                    "must be from " + ScenarioLimits.HEADROOM_MIN + " to 1 ("
                            + ScenarioLimits.percent(ScenarioLimits.HEADROOM_MIN) + " to 100%)"));
        }
        if (billing == null) {
            problems.add(new InputProblem("billing", "is required: ALWAYS_ON, ACTIVE_WINDOW or SCALE_TO_ZERO"));
        }
        if (!(runtimeBuffer >= 0 && runtimeBuffer <= ScenarioLimits.RUNTIME_BUFFER_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "runtimeBuffer",
                    "must be from 0 to " + ScenarioLimits.RUNTIME_BUFFER_MAX + " ("
                            + ScenarioLimits.percent(ScenarioLimits.RUNTIME_BUFFER_MAX) + ")"));
        }
        if (minimumReplicas < 1 || minimumReplicas > ScenarioLimits.MINIMUM_REPLICAS_MAX) {
            problems.add(new InputProblem(
                    "minimumReplicas", "must be from 1 to " + ScenarioLimits.MINIMUM_REPLICAS_MAX + " replicas"));
        }
        if (!(loadedMonthlyPerFte >= 0 && loadedMonthlyPerFte <= ScenarioLimits.ENGINEER_MONTHLY_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "loadedMonthlyPerFte",
                    "must be a dollar amount from 0 to " + ScenarioLimits.shown(ScenarioLimits.ENGINEER_MONTHLY_MAX)));
        }
        fte(problems, "apiOpsFte", apiOpsFte);
        fte(problems, "rentedOpsFte", rentedOpsFte);
        fte(problems, "ownedOpsFte", ownedOpsFte);
        implementation(problems, "apiImplementation", apiImplementation);
        implementation(problems, "rentedImplementation", rentedImplementation);
        implementation(problems, "ownedImplementation", ownedImplementation);
        if (lens == null) {
            problems.add(new InputProblem("lens", "is required: FULLY_LOADED or MARGINAL"));
        }
        if (ownership != null) {
            problems.addAll(ownership.problems());
        }
        return problems;
    }

    private static void share(List<InputProblem> problems, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(new InputProblem(field, "must be from 0% to 100%"));
        }
    }

    private static void fte(List<InputProblem> problems, String field, double value) {
        if (!(value >= 0 && value <= ScenarioLimits.OPS_FTE_MAX_VALUE)) {
            problems.add(new InputProblem(field, "must be from 0 to " + ScenarioLimits.OPS_FTE_MAX + " FTE"));
        }
    }

    private static void implementation(List<InputProblem> problems, String field, double value) {
        if (!(value >= 0 && value <= ScenarioLimits.MIGRATION_COST_MAX_VALUE)) {
            problems.add(new InputProblem(
                    field,
                    "must be a dollar amount from 0 to " + ScenarioLimits.shown(ScenarioLimits.MIGRATION_COST_MAX)));
        }
    }
}
