package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.HybridPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved scenario with everything a founder plans with.
 *
 * @param id                  null until saved
 * @param version             the version read, for detecting concurrent edits
 * @param growthPerMonth      e.g. 0.10 for 10% a month
 * @param horizonMonths       1 to {@link ScenarioLimits#HORIZON_MAX_MONTHS}
 * @param engineerMonthlyCost an engineer's loaded cost a month; with {@code engineerShare}
 *                            it replaces the catalogue's engineering category; null for none
 * @param engineerShare       the share of that engineer self-hosting takes, 0 to 1
 * @param migrationCost       one-off cost of moving to self-hosting
 * @param hybridThreshold     tokens a day the hybrid policy waits for
 * @param hybridMonths        consecutive months at or above the threshold before moving
 */
public record ScenarioDetails(
        Long id,
        long version,
        String name,
        String description,
        ScenarioInputs inputs,
        double growthPerMonth,
        int horizonMonths,
        Double engineerMonthlyCost,
        Double engineerShare,
        double migrationCost,
        double hybridThreshold,
        int hybridMonths,
        Conditions conditions) {

    /** The inputs the planner prices, with this scenario's engineering time in them. */
    public ScenarioInputs plannedInputs() {
        Double engineering =
                engineerMonthlyCost == null || engineerShare == null ? null : engineerMonthlyCost * engineerShare;
        return inputs.withEngineeringMonthly(engineering);
    }

    public HybridPolicy hybridPolicy() {
        return new HybridPolicy(hybridThreshold, hybridMonths, migrationCost);
    }

    public ScenarioDetails withInputs(ScenarioInputs value) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                value,
                growthPerMonth,
                horizonMonths,
                engineerMonthlyCost,
                engineerShare,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                conditions);
    }

    /** The same details as read at another id and version: {@code null} and 0 to save them as new. */
    public ScenarioDetails withIdentity(Long newId, long newVersion) {
        return new ScenarioDetails(
                newId,
                newVersion,
                name,
                description,
                inputs,
                growthPerMonth,
                horizonMonths,
                engineerMonthlyCost,
                engineerShare,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                conditions);
    }

    public ScenarioDetails withName(String value) {
        return new ScenarioDetails(
                id,
                version,
                value,
                description,
                inputs,
                growthPerMonth,
                horizonMonths,
                engineerMonthlyCost,
                engineerShare,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                conditions);
    }

    public ScenarioDetails withGrowth(double growth, int horizon) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growth,
                horizon,
                engineerMonthlyCost,
                engineerShare,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                conditions);
    }

    public ScenarioDetails withEngineering(Double monthlyCost, Double share) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growthPerMonth,
                horizonMonths,
                monthlyCost,
                share,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                conditions);
    }

    public ScenarioDetails withHybrid(double threshold, int months, double migration) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growthPerMonth,
                horizonMonths,
                engineerMonthlyCost,
                engineerShare,
                migration,
                threshold,
                months,
                conditions);
    }

    public ScenarioDetails withConditions(Conditions value) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growthPerMonth,
                horizonMonths,
                engineerMonthlyCost,
                engineerShare,
                migrationCost,
                hybridThreshold,
                hybridMonths,
                value);
    }

    /** Everything wrong, field by field, the planner's input checks included. */
    public List<InputProblem> problems(Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new InputProblem("name", "is required"));
        } else if (name.strip().length() > ScenarioLimits.NAME_MAX_LENGTH) {
            problems.add(new InputProblem("name", "must be at most " + ScenarioLimits.NAME_MAX_LENGTH + " characters"));
        }
        if (description != null && description.length() > ScenarioLimits.DESCRIPTION_MAX_LENGTH) {
            problems.add(new InputProblem(
                    "description",
                    "must be at most " + ScenarioLimits.shown(String.valueOf(ScenarioLimits.DESCRIPTION_MAX_LENGTH))
                            + " characters"));
        }
        problems.addAll(inputs.problems(catalogue));
        if (!(growthPerMonth > ScenarioLimits.GROWTH_ABOVE_VALUE
                && growthPerMonth <= ScenarioLimits.GROWTH_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "growthPerMonth",
                    "must be above " + ScenarioLimits.percent(ScenarioLimits.GROWTH_ABOVE) + " and at most "
                            + ScenarioLimits.percent(ScenarioLimits.GROWTH_MAX) + " a month"));
        }
        if (horizonMonths < ScenarioLimits.HORIZON_MIN_MONTHS || horizonMonths > ScenarioLimits.HORIZON_MAX_MONTHS) {
            problems.add(new InputProblem(
                    "horizonMonths",
                    "must be from " + ScenarioLimits.HORIZON_MIN_MONTHS + " to " + ScenarioLimits.HORIZON_MAX_MONTHS
                            + " months"));
        }
        if ((engineerMonthlyCost == null) != (engineerShare == null)) {
            problems.add(new InputProblem(
                    engineerMonthlyCost == null ? "engineerMonthlyCost" : "engineerShare",
                    "give both an engineer's loaded cost and the share of their time, or neither"));
        }
        if (engineerMonthlyCost != null
                && !(engineerMonthlyCost >= 0 && engineerMonthlyCost <= ScenarioLimits.ENGINEER_MONTHLY_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "engineerMonthlyCost",
                    "must be from $0 to $" + ScenarioLimits.shown(ScenarioLimits.ENGINEER_MONTHLY_MAX) + " a month"));
        }
        if (engineerShare != null && !(engineerShare >= 0 && engineerShare <= 1)) {
            problems.add(new InputProblem("engineerShare", "must be from 0% to 100%"));
        }
        if (!(migrationCost >= 0 && migrationCost <= ScenarioLimits.MIGRATION_COST_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "migrationCost", "must be from $0 to $" + ScenarioLimits.shown(ScenarioLimits.MIGRATION_COST_MAX)));
        }
        if (!(hybridThreshold >= 0 && hybridThreshold <= ScenarioLimits.TOKENS_PER_DAY_MAX_VALUE)) {
            problems.add(new InputProblem("hybridThreshold", "must be from 0 to 100B tokens a day"));
        }
        if (hybridMonths < ScenarioLimits.HYBRID_MIN_MONTHS) {
            problems.add(new InputProblem(
                    "hybridMonths", "must be at least " + ScenarioLimits.HYBRID_MIN_MONTHS + " month"));
        } else if (hybridMonths > horizonMonths) {
            problems.add(new InputProblem(
                    "hybridMonths", "cannot be longer than the horizon (" + horizonMonths + " months)"));
        }
        return problems;
    }
}
