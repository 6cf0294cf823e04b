package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.PathCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cascade priced on the three paths: each model that sees traffic is priced three ways at
 * its share of the volume ({@link ThreePaths}, sized on the scenario's GPU and formats), against
 * sending everything to the last model. A path's people and implementation are paid once, not
 * once a model, so with F the path's fixed lines:
 * <pre>
 *   cascade    = sum over stages with traffic of (path at reach x volume - F) + F
 *   all to last = path of the last model at the whole volume
 *   saving     = 1 - cascade / all to last
 * </pre>
 * A path is not priced when any stage's model has no eligible option on it.
 *
 * @param reach  share of the requests each model sees
 * @param api    the API path
 * @param rented the rented path
 * @param owned  the owned path
 * @param notes  stages that could not be priced and why
 */
public record PathsRouting(List<Double> reach, Total api, Total rented, Total owned, List<String> notes) {

    /**
     * One path's cascade against everything on the last model; empty figures when not priced.
     *
     * @param options each stage's option on the path, in order ("" for a stage with no traffic)
     */
    public record Total(Optional<Double> cascade, Optional<Double> allToLast, List<String> options) {

        public Optional<Double> saving() {
            return cascade.flatMap(c -> allToLast.filter(a -> a > 0).map(a -> 1 - c / a));
        }
    }

    /**
     * @param models          two or three models, cheapest first
     * @param escalationRates one fewer than models, each from 0 to 1
     * @param horizonMonths   months implementation is spread over
     * @throws InvalidInputsException as {@link Planner#route} and {@link ThreePaths#plan} for the inputs
     */
    public static PathsRouting route(
            ScenarioInputs inputs,
            List<String> models,
            List<Double> escalationRates,
            Catalogue catalogue,
            int horizonMonths) {
        Routing check = Planner.route(inputs, models, escalationRates, catalogue);
        List<Double> reach = new ArrayList<>();
        for (double r : check.result().reach()) {
            reach.add(r);
        }
        List<String> notes = new ArrayList<>();
        List<PathsPlan> stages = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < models.size(); i++) {
            PathsPlan stage = reach.get(i) > 0
                    ? plan(inputs, models.get(i), reach.get(i), catalogue, horizonMonths, notes)
                    : null;
            failed |= reach.get(i) > 0 && stage == null;
            stages.add(stage);
        }
        // The last model at the whole volume; a failure there is already in the notes when it sees traffic.
        PathsPlan last = plan(inputs, models.getLast(), 1, catalogue, horizonMonths, new ArrayList<>());
        List<PathsPlan> priced = failed ? null : stages;
        return new PathsRouting(
                List.copyOf(reach),
                total(priced, last, p -> Optional.of(new Chosen(p.api().option(), p.api()))),
                total(priced, last, p -> p.rented().map(c -> new Chosen(c.option(), c.cost()))),
                total(priced, last, p -> p.owned().map(c -> new Chosen(c.option(), c.cost()))),
                List.copyOf(notes));
    }

    private record Chosen(String option, PathCost cost) {}

    private static PathsPlan plan(
            ScenarioInputs inputs,
            String model,
            double reach,
            Catalogue catalogue,
            int horizonMonths,
            List<String> notes) {
        try {
            return ThreePaths.plan(
                    inputs.withModel(model).withTokensPerDay(inputs.tokensPerDay() * reach), catalogue, horizonMonths);
        } catch (InvalidInputsException e) {
            notes.add(model + ": " + e.getMessage());
            return null;
        }
    }

    /** @param stages each stage's plan, null for a stage without traffic; null when a stage could not be priced */
    private static Total total(List<PathsPlan> stages, PathsPlan last, Function<PathsPlan, Optional<Chosen>> path) {
        Optional<Double> allToLast =
                Optional.ofNullable(last).flatMap(path).map(c -> c.cost().monthly());
        if (stages == null) {
            return new Total(Optional.empty(), allToLast, List.of());
        }
        double sum = 0;
        double fixed = 0;
        List<String> options = new ArrayList<>();
        for (PathsPlan stage : stages) {
            if (stage == null) {
                options.add("");
                continue;
            }
            Optional<Chosen> chosen = path.apply(stage);
            if (chosen.isEmpty()) {
                return new Total(Optional.empty(), allToLast, List.of());
            }
            double f = fixed(chosen.get().cost());
            sum += chosen.get().cost().monthly() - f;
            fixed = f;
            options.add(chosen.get().option());
        }
        return new Total(Optional.of(sum + fixed), allToLast, List.copyOf(options));
    }

    /** The path's people and implementation: the same whatever the volume or the model. */
    private static double fixed(PathCost cost) {
        return cost.lines().stream()
                .filter(l -> l.kind() == CostLine.Kind.FIXED)
                .mapToDouble(CostLine::monthly)
                .sum();
    }
}
