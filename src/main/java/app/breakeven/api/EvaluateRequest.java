package app.breakeven.api;

import app.breakeven.costs.Deployment;
import app.breakeven.scenarios.ScenarioInputs;

/**
 * A request to price a scenario. The volume, model and tier are required; the rest
 * default to the article's assumptions (cloud, full utilization, no peak headroom,
 * output prices only, 30-day months). Validation is the planner's, so the API and the
 * dashboard refuse exactly the same inputs, and every bad field is named at once. JSON is
 * read strictly (see application.properties): a quoted number or a numbered deployment is
 * a wrong type, not a value.
 */
record EvaluateRequest(
        Double tokensPerDay,
        String model,
        String tier,
        Deployment deployment,
        Double utilization,
        Double peakFactor,
        Double inputShare,
        Integer daysPerMonth,
        Double engineeringMonthly) {

    ScenarioInputs toInputs() {
        return new ScenarioInputs(
                tokensPerDay == null ? Double.NaN : tokensPerDay,
                model,
                tier,
                deployment == null ? Deployment.CLOUD : deployment,
                utilization == null ? 1 : utilization,
                peakFactor == null ? 1 : peakFactor,
                inputShare == null ? 0 : inputShare,
                daysPerMonth == null ? 30 : daysPerMonth,
                engineeringMonthly);
    }
}
