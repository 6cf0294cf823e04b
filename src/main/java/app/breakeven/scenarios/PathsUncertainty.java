package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.paths.Cheapest;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.PathsModel;
import app.breakeven.costs.uncertainty.PathsModel.Lever;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A three-path scenario's uncertain inputs: volume and growth, multipliers on the API prices,
 * the rent, the server price and the replicas' throughput (likely 1, the catalogue's figures),
 * the electricity price, the loaded cost of an FTE, the cached share of input, the planning
 * headroom, the active hours, the PUE and the useful life (likely the scenario's). The options are
 * the ones the point figures chose: the rented option serving the scenario's volume and the
 * owned fleet cheapest over the horizon. No input carries a range until the scenario gives it
 * one: the offers have no low-high in the catalogue.
 */
final class PathsUncertainty {

    private PathsUncertainty() {}

    static List<Factor> factors(ScenarioDetails details, Catalogue catalogue, List<InputProblem> problems) {
        PathsChoice choice = details.inputs().paths();
        Optional<OwnershipAssumptions> ownership =
                (choice.ownership() == null ? OwnershipOverrides.NONE : choice.ownership()).over(catalogue);
        var plan = choice.plan(details.inputs().peakFactor(), details.growth().horizonMonths());
        List<Factor> factors = new ArrayList<>();
        for (Lever lever : Lever.values()) {
            double likely = switch (lever) {
                case VOLUME -> details.inputs().tokensPerDay();
                case GROWTH -> details.growth().perMonth();
                case ELECTRICITY ->
                    ownership.map(OwnershipAssumptions::electricityPerKwh).orElse(0.0);
                case FTE_COST -> choice.rentedPeople().loadedMonthlyPerFte();
                case CACHED_SHARE -> plan.shape().cachedInputShare();
                case HEADROOM -> plan.load().headroom();
                case ACTIVE_HOURS -> plan.load().activeHoursPerMonth();
                case PUE -> ownership.map(OwnershipAssumptions::pue).orElse(1.0);
                case USEFUL_LIFE ->
                    ownership.map(OwnershipAssumptions::usefulLifeYears).orElse(1.0);
                default -> 1;
            };
            Uncertainty.add(
                    factors, problems, details.uncertainty(), lever.key(), lever.label(), lever.role(), likely, null);
        }
        return factors;
    }

    /** @param plan the details' three paths and {@code growth} their growth, as already priced */
    static PathsModel model(
            ScenarioDetails details, Catalogue catalogue, List<Factor> factors, PathsPlan plan, PathsGrowth growth) {
        ScenarioInputs inputs = details.inputs();
        PathsChoice choice = inputs.paths();
        var hardware = plan.hardware();
        Optional<Cheapest.Choice> rented = Cheapest.at(plan.paths().rented(), plan.tokensPerMonth());
        int fleet = growth.ownedFleet();
        PathsGrowth.Fleet owned = fleet < 0 ? null : plan.fleets().get(fleet);
        var options = new PathsModel.Options(
                PathOffers.api(catalogue.model(inputs.model()).orElseThrow()),
                choice.apiPeople(),
                rented.map(c -> hardware.rentedOffers().get(c.index())).orElse(null),
                choice.billingTerms(),
                rented.map(c -> hardware.rentedReplicas().get(c.index())).orElse(null),
                choice.rentedPeople(),
                owned == null ? null : owned.offer(),
                owned == null ? null : owned.ownership(),
                owned == null ? null : hardware.ownedReplicas().get(fleet),
                choice.ownedPeople(),
                choice.plan(inputs.peakFactor(), details.growth().horizonMonths()));
        return new PathsModel(factors, options, inputs.daysPerMonth());
    }
}
