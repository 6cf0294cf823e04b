package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.HybridPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A saved scenario with everything a founder plans with, grouped as the studio shows it.
 *
 * @param id          null until saved
 * @param version     the version read, for detecting concurrent edits
 * @param inputs      what the planner prices at one volume
 * @param growth      growth a month and the horizon
 * @param engineering the engineering time self-hosting takes
 * @param hybrid      the rule for moving from the API to self-hosting
 * @param conditions  the article's reasons to self-host besides price
 * @param uncertainty the ranges on its inputs and how its simulation runs
 * @param routing     the cascade of models it routes through (the article's when not chosen)
 */
public record ScenarioDetails(
        Long id,
        long version,
        String name,
        String description,
        ScenarioInputs inputs,
        GrowthPlan growth,
        EngineeringTime engineering,
        HybridRule hybrid,
        Conditions conditions,
        UncertaintyChoice uncertainty,
        RoutingChoice routing) {

    /** Details without ranges of their own: the catalogue's ranges, 10,000 draws, seed 1. */
    public ScenarioDetails(
            Long id,
            long version,
            String name,
            String description,
            ScenarioInputs inputs,
            GrowthPlan growth,
            EngineeringTime engineering,
            HybridRule hybrid,
            Conditions conditions) {
        this(id, version, name, description, inputs, growth, engineering, hybrid, conditions, null, null);
    }

    /** Details routed through the article's cascade. */
    public ScenarioDetails(
            Long id,
            long version,
            String name,
            String description,
            ScenarioInputs inputs,
            GrowthPlan growth,
            EngineeringTime engineering,
            HybridRule hybrid,
            Conditions conditions,
            UncertaintyChoice uncertainty) {
        this(id, version, name, description, inputs, growth, engineering, hybrid, conditions, uncertainty, null);
    }

    public ScenarioDetails {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(hybrid, "hybrid");
        engineering = engineering == null ? EngineeringTime.NONE : engineering;
        conditions = conditions == null ? Conditions.NONE : conditions;
        uncertainty = uncertainty == null ? UncertaintyChoice.DEFAULT : uncertainty;
        routing = routing == null ? RoutingChoice.ARTICLE : routing;
    }

    public ScenarioDetails withRouting(RoutingChoice value) {
        return new ScenarioDetails(
                id, version, name, description, inputs, growth, engineering, hybrid, conditions, uncertainty, value);
    }

    public ScenarioDetails withUncertainty(UncertaintyChoice value) {
        return new ScenarioDetails(
                id, version, name, description, inputs, growth, engineering, hybrid, conditions, value, routing);
    }

    /** The inputs the planner prices, with this scenario's engineering time in them. */
    public ScenarioInputs plannedInputs() {
        return inputs.withEngineeringMonthly(engineering.monthly());
    }

    public HybridPolicy hybridPolicy() {
        return hybrid.policy();
    }

    public ScenarioDetails withInputs(ScenarioInputs value) {
        return new ScenarioDetails(
                id, version, name, description, value, growth, engineering, hybrid, conditions, uncertainty, routing);
    }

    /** The same details as read at another id and version: {@code null} and 0 to save them as new. */
    public ScenarioDetails withIdentity(Long newId, long newVersion) {
        return new ScenarioDetails(
                newId,
                newVersion,
                name,
                description,
                inputs,
                growth,
                engineering,
                hybrid,
                conditions,
                uncertainty,
                routing);
    }

    public ScenarioDetails withName(String value) {
        return new ScenarioDetails(
                id, version, value, description, inputs, growth, engineering, hybrid, conditions, uncertainty, routing);
    }

    public ScenarioDetails withGrowth(double perMonth, int horizonMonths) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                new GrowthPlan(perMonth, horizonMonths),
                engineering,
                hybrid,
                conditions,
                uncertainty,
                routing);
    }

    public ScenarioDetails withEngineering(Double monthlyCost, Double share) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growth,
                new EngineeringTime(monthlyCost, share),
                hybrid,
                conditions,
                uncertainty,
                routing);
    }

    public ScenarioDetails withHybrid(double threshold, int months, double migration) {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs,
                growth,
                engineering,
                new HybridRule(threshold, months, migration),
                conditions,
                uncertainty,
                routing);
    }

    public ScenarioDetails withConditions(Conditions value) {
        return new ScenarioDetails(
                id, version, name, description, inputs, growth, engineering, hybrid, value, uncertainty, routing);
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
        if (!(growth.perMonth() > ScenarioLimits.GROWTH_ABOVE_VALUE
                && growth.perMonth() <= ScenarioLimits.GROWTH_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "growthPerMonth",
                    "must be above " + ScenarioLimits.percent(ScenarioLimits.GROWTH_ABOVE) + " and at most "
                            + ScenarioLimits.percent(ScenarioLimits.GROWTH_MAX) + " a month"));
        }
        if (growth.horizonMonths() < ScenarioLimits.HORIZON_MIN_MONTHS
                || growth.horizonMonths() > ScenarioLimits.HORIZON_MAX_MONTHS) {
            problems.add(new InputProblem(
                    "horizonMonths",
                    "must be from " + ScenarioLimits.HORIZON_MIN_MONTHS + " to " + ScenarioLimits.HORIZON_MAX_MONTHS
                            + " months"));
        }
        if ((engineering.engineerMonthlyCost() == null) != (engineering.share() == null)) {
            problems.add(new InputProblem(
                    engineering.engineerMonthlyCost() == null ? "engineerMonthlyCost" : "engineerShare",
                    "give both an engineer's loaded cost and the share of their time, or neither"));
        }
        if (engineering.engineerMonthlyCost() != null
                && !(engineering.engineerMonthlyCost() >= 0
                        && engineering.engineerMonthlyCost() <= ScenarioLimits.ENGINEER_MONTHLY_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "engineerMonthlyCost",
                    "must be from $0 to $" + ScenarioLimits.shown(ScenarioLimits.ENGINEER_MONTHLY_MAX) + " a month"));
        }
        if (engineering.share() != null && !(engineering.share() >= 0 && engineering.share() <= 1)) {
            problems.add(new InputProblem("engineerShare", "must be from 0% to 100%"));
        }
        if (!(hybrid.migrationCost() >= 0 && hybrid.migrationCost() <= ScenarioLimits.MIGRATION_COST_MAX_VALUE)) {
            problems.add(new InputProblem(
                    "migrationCost", "must be from $0 to $" + ScenarioLimits.shown(ScenarioLimits.MIGRATION_COST_MAX)));
        }
        if (!(hybrid.threshold() >= 0 && hybrid.threshold() <= ScenarioLimits.TOKENS_PER_DAY_MAX_VALUE)) {
            problems.add(new InputProblem("hybridThreshold", "must be from 0 to 100B tokens a day"));
        }
        if (hybrid.months() < ScenarioLimits.HYBRID_MIN_MONTHS) {
            problems.add(new InputProblem(
                    "hybridMonths", "must be at least " + ScenarioLimits.HYBRID_MIN_MONTHS + " month"));
        } else if (hybrid.months() > growth.horizonMonths()) {
            problems.add(new InputProblem(
                    "hybridMonths", "cannot be longer than the horizon (" + growth.horizonMonths() + " months)"));
        }
        // The cascade's shape and rates; a model since deleted from the catalogue leaves the
        // routing unpriced (the routing panel says so) but does not stop the scenario saving.
        routing.problems().forEach(p -> problems.add(new InputProblem("routing." + p.field(), p.message())));
        return problems;
    }
}
