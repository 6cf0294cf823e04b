package app.breakeven.scenarios;

import app.breakeven.costs.economics.PathCost;
import app.breakeven.costs.economics.RentedOffer;
import app.breakeven.costs.economics.Replica;
import app.breakeven.costs.paths.Cheapest;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.Paths;
import app.breakeven.costs.paths.PathsGrowth;
import java.util.List;
import java.util.Optional;

/**
 * A scenario priced three ways at its volume, with where the paths cross and where the
 * cheapest rented or owned option changes.
 *
 * @param inputs         the inputs priced
 * @param tokensPerMonth tokens a day x days a month
 * @param api            the API path, line by line
 * @param rented         the cheapest rented option at the volume; empty when none is eligible
 * @param owned          the cheapest owned option at the volume; empty when none is eligible
 * @param crossovers     API-rented, API-owned and rented-owned, each solved up to 1T tokens a month
 * @param rentedLowest   the cheapest rented option at every volume; empty when none is eligible
 * @param ownedLowest    the cheapest owned option at every volume
 * @param paths          the three cost functions, for the chart's sweep
 * @param fleets         the owned options as hardware bought over time, in the order of {@code paths.owned()}
 * @param hardware       the rented offers and replicas behind {@code paths.rented()}, and the replicas
 *                       behind {@code fleets}, in their order
 * @param rentedImplementationMonthly the rented path's implementation a month under the lens,
 *                       which a hybrid's migration replaces
 * @param excluded       options left out and why (a GPU the model does not fit, say)
 */
public record PathsPlan(
        ScenarioInputs inputs,
        double tokensPerMonth,
        PathCost api,
        Optional<Chosen> rented,
        Optional<Chosen> owned,
        List<PathCrossing> crossovers,
        Optional<Cheapest> rentedLowest,
        Optional<Cheapest> ownedLowest,
        Paths paths,
        List<PathsGrowth.Fleet> fleets,
        Hardware hardware,
        double rentedImplementationMonthly,
        List<String> excluded) {

    public PathsPlan {
        crossovers = List.copyOf(crossovers);
        fleets = List.copyOf(fleets);
        excluded = List.copyOf(excluded);
    }

    /**
     * The option serving the volume.
     *
     * @param option  its name: the offer and the replica, e.g. "AWS p5.48xlarge (8x H100) with 1 x H100 80GB SXM (FP8)"
     * @param offer   the catalogue offer's label
     * @param replica the replica: GPUs, GPU and format
     * @param cost    its lines at the volume
     */
    public record Chosen(String option, String offer, String replica, PathCost cost) {}

    /**
     * Where two paths change order; {@code crossover} is null when either path is missing.
     *
     * @param a the first path ("API" or "Rented")
     * @param b the second ("Rented" or "Owned")
     */
    public record PathCrossing(String a, String b, Crossover crossover) {}

    /** What each option is made of, for pricing it with other figures (the uncertainty's draws). */
    public record Hardware(List<RentedOffer> rentedOffers, List<Replica> rentedReplicas, List<Replica> ownedReplicas) {

        public Hardware {
            rentedOffers = List.copyOf(rentedOffers);
            rentedReplicas = List.copyOf(rentedReplicas);
            ownedReplicas = List.copyOf(ownedReplicas);
        }
    }

    /** The cheapest rented option's switches, by volume. */
    public List<Cheapest.Switch> rentedSwitches() {
        return rentedLowest.map(Cheapest::switches).orElse(List.of());
    }

    public List<Cheapest.Switch> ownedSwitches() {
        return ownedLowest.map(Cheapest::switches).orElse(List.of());
    }
}
