package app.breakeven.costs.uncertainty;

import app.breakeven.costs.economics.ApiPricing;
import app.breakeven.costs.economics.Billing;
import app.breakeven.costs.economics.CashSchedule;
import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.OwnedCost;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.economics.People;
import app.breakeven.costs.economics.Plan;
import app.breakeven.costs.economics.PurchaseOffer;
import app.breakeven.costs.economics.RentedCost;
import app.breakeven.costs.economics.RentedOffer;
import app.breakeven.costs.economics.Replica;
import java.util.List;
import java.util.Objects;

/**
 * The three paths under uncertainty, on the options the point figures chose at the likely
 * values: the rented option serving the scenario's volume and the owned fleet cheapest over
 * the horizon. Month m runs at V x (1 + growth)^m tokens a day (the power by repeated
 * multiplication), x days a month:
 * <pre>
 *   API_m    = API price factor x the API bill + API people
 *   rented_m = the rent at rent factor x $ an instance-hour, replicas at throughput factor
 *              x tokens/s, + rented people
 *   owned_m  = servers bought as first needed at server price factor x (price + installation),
 *              replaced and sold as in {@link CashSchedule}, + running (power at the drawn $ a kWh)
 *              + cost of capital on the installed servers + owned people
 *   people   = FTE x the drawn loaded cost of an FTE + implementation / horizon, under the lens
 * </pre>
 * The cached share of input, the planning headroom and the active hours reshape every month's
 * bill and replicas; the PUE and the useful life (rounded to whole months) every server's.
 * In each draw self-hosting is whichever of rented and owned costs less over the horizon; the
 * saving is the API's horizon cost less that one's, and a month's saving the API's month less
 * that path's. A missing path (no eligible option) is never the cheaper.
 */
public final class PathsModel implements UncertainModel {

    /** What a factor moves, by its key. */
    public enum Lever {
        VOLUME("volume", "Volume (tokens/day)", Role.VOLUME),
        GROWTH("growth", "Growth per month", Role.GROWTH),
        API_PRICE("apiPriceFactor", "API prices (x the catalogue's)", Role.FACTOR),
        RENT("rentFactor", "Rent (x the offer's $ an hour)", Role.FACTOR),
        SERVER_PRICE("serverPriceFactor", "Server price (x the offer's)", Role.FACTOR),
        THROUGHPUT("throughputFactor", "Throughput (x the replica's tokens/s)", Role.FACTOR),
        ELECTRICITY("electricity", "Electricity ($ a kWh)", Role.ELECTRICITY),
        FTE_COST("fteCost", "Loaded cost of an FTE ($ a month)", Role.FTE_COST),
        CACHED_SHARE("cachedShare", "Input served from the provider's cache", Role.SHARE),
        HEADROOM("headroom", "Planning headroom (share of benchmarked capacity)", Role.SHARE),
        ACTIVE_HOURS("activeHours", "Active hours a month", Role.HOURS),
        PUE("pue", "PUE of the site", Role.PUE),
        USEFUL_LIFE("usefulLife", "Useful life of a server (years, whole months)", Role.YEARS);

        private final String key;
        private final String label;
        private final Role role;

        Lever(String key, String label, Role role) {
            this.key = key;
            this.label = label;
            this.role = role;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public Role role() {
            return role;
        }
    }

    /**
     * The options priced, at their catalogue figures.
     *
     * @param rentedOffer null when no rented option is eligible
     * @param ownedOffer  null when no owned option is eligible
     */
    public record Options(
            ApiPricing api,
            People apiPeople,
            RentedOffer rentedOffer,
            Billing billing,
            Replica rentedReplica,
            People rentedPeople,
            PurchaseOffer ownedOffer,
            OwnershipAssumptions ownership,
            Replica ownedReplica,
            People ownedPeople,
            Plan plan) {

        public Options {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(plan, "plan");
        }
    }

    private final List<Factor> factors;
    private final Options options;
    private final int daysPerMonth;
    private final Lever[] levers;

    /** @param factors one a lever, each keyed by {@link Lever#key} */
    public PathsModel(List<Factor> factors, Options options, int daysPerMonth) {
        this.factors = List.copyOf(factors);
        this.options = options;
        this.daysPerMonth = daysPerMonth;
        this.levers = new Lever[this.factors.size()];
        for (int i = 0; i < levers.length; i++) {
            String key = this.factors.get(i).key();
            levers[i] = java.util.Arrays.stream(Lever.values())
                    .filter(l -> l.key.equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no lever " + key));
        }
        for (Lever lever : Lever.values()) {
            if (java.util.Arrays.stream(levers).filter(l -> l == lever).count() != 1) {
                throw new IllegalArgumentException("the model needs one input for " + lever.key);
            }
        }
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public int horizonMonths() {
        return options.plan().horizonMonths();
    }

    /** Horizon totals of one draw: API, rented and owned, NaN for a missing path. */
    public double[] totals(double[] values) {
        double[] totals = new double[3];
        run(values, null, totals);
        return totals;
    }

    @Override
    public CostModel.Outcome evaluate(double[] values, double[] monthlySaving) {
        double[] totals = new double[3];
        double[][] monthly = run(values, monthlySaving == null ? null : new double[3][horizonMonths()], totals);
        int self = Double.isNaN(totals[1]) ? 2 : Double.isNaN(totals[2]) || totals[1] <= totals[2] ? 1 : 2;
        double selfTotal = totals[self];
        if (monthlySaving != null) {
            for (int m = 0; m < monthlySaving.length; m++) {
                monthlySaving[m] = monthly[0][m] - monthly[self][m];
            }
        }
        int first = -1;
        if (monthly != null) {
            for (int m = 0; m < horizonMonths() && first < 0; m++) {
                if (monthly[self][m] < monthly[0][m]) {
                    first = m;
                }
            }
        }
        double now = monthly == null ? Double.NaN : monthly[self][0];
        return new CostModel.Outcome(
                monthly == null ? Double.NaN : monthly[0][0],
                now,
                Double.POSITIVE_INFINITY,
                first,
                Double.isNaN(selfTotal) ? Double.NEGATIVE_INFINITY : totals[0] - selfTotal);
    }

    /** Fills the totals; returns each path's months when asked (monthly not null). */
    private double[][] run(double[] values, double[][] monthly, double[] totals) {
        double volume = 0;
        double growth = 0;
        double apiFactor = 1;
        double rentFactor = 1;
        double serverFactor = 1;
        double throughputFactor = 1;
        double electricity = 0;
        double fteCost = 0;
        double cached = 0;
        double headroom = 1;
        double activeHours = 0;
        double pue = 1;
        double life = 1;
        for (int i = 0; i < levers.length; i++) {
            double v = values[i];
            switch (levers[i]) {
                case VOLUME -> volume = v;
                case GROWTH -> growth = v;
                case API_PRICE -> apiFactor = v;
                case RENT -> rentFactor = v;
                case SERVER_PRICE -> serverFactor = v;
                case THROUGHPUT -> throughputFactor = v;
                case ELECTRICITY -> electricity = v;
                case FTE_COST -> fteCost = v;
                case CACHED_SHARE -> cached = v;
                case HEADROOM -> headroom = v;
                case ACTIVE_HOURS -> activeHours = v;
                case PUE -> pue = v;
                case USEFUL_LIFE -> life = v;
            }
        }
        Options o = options;
        Plan base = o.plan();
        var shape = base.shape();
        var load = base.load();
        Plan plan = new Plan(
                new app.breakeven.costs.economics.RequestShape(
                        shape.inputTokens(), shape.outputTokens(), cached, shape.batchShare()),
                new app.breakeven.costs.economics.Load(activeHours, load.peakToAverage(), Math.max(headroom, 0.01)),
                base.availability(),
                base.horizonMonths(),
                base.lens());
        int months = plan.horizonMonths();
        double apiPeople = fixed(o.apiPeople(), fteCost, plan);
        RentedOffer rented = o.rentedOffer() == null
                ? null
                : new RentedOffer(
                        o.rentedOffer().provider(),
                        o.rentedOffer().instanceType(),
                        o.rentedOffer().gpu(),
                        o.rentedOffer().gpusPerInstance(),
                        o.rentedOffer().dollarsPerInstanceHour() * rentFactor,
                        o.rentedOffer().kind(),
                        o.rentedOffer().source(),
                        o.rentedOffer().asOf());
        Replica rentedReplica = rented == null ? null : faster(o.rentedReplica(), throughputFactor);
        double rentedPeople = rented == null ? 0 : fixed(o.rentedPeople(), fteCost, plan);
        PurchaseOffer owned = o.ownedOffer() == null
                ? null
                : new PurchaseOffer(
                        o.ownedOffer().vendor(),
                        o.ownedOffer().server(),
                        o.ownedOffer().gpu(),
                        o.ownedOffer().gpus(),
                        o.ownedOffer().price() * serverFactor,
                        o.ownedOffer().installation() * serverFactor,
                        o.ownedOffer().source(),
                        o.ownedOffer().asOf());
        Replica ownedReplica = owned == null ? null : faster(o.ownedReplica(), throughputFactor);
        OwnershipAssumptions ownership = owned == null
                ? null
                : withSite(o.ownership(), electricity, pue, Math.max(1, Math.round(life * 12)) / 12.0);
        long[] servers = owned == null ? null : new long[months];
        double[] api = monthly == null ? null : monthly[0];
        double factor = 1;
        double apiTotal = 0;
        double rentedTotal = 0;
        for (int m = 0; m < months; m++) {
            double tokens = volume * factor * daysPerMonth;
            double a = apiFactor * o.api().monthlyForTokens(plan.shape(), tokens) + apiPeople;
            apiTotal += a;
            if (api != null) {
                api[m] = a;
            }
            if (rented != null) {
                double r = RentedCost.monthly(rented, o.billing(), rentedReplica, People.NONE, plan, tokens)
                        + rentedPeople;
                rentedTotal += r;
                if (monthly != null) {
                    monthly[1][m] = r;
                }
            }
            if (owned != null) {
                servers[m] = OwnedCost.servers(owned, ownedReplica, plan, tokens);
            }
            factor *= 1 + growth;
        }
        totals[0] = apiTotal;
        totals[1] = rented == null ? Double.NaN : rentedTotal;
        totals[2] = Double.NaN;
        if (owned != null) {
            CashSchedule cash = CashSchedule.of(owned, ownership, ownedReplica.gpuTdpWatts(), servers);
            double capital =
                    ownership.perServer(owned, ownedReplica.gpuTdpWatts()).capital();
            double[] costs = cash.costs(capital, fixed(o.ownedPeople(), fteCost, plan));
            double total = 0;
            for (int m = 0; m < months; m++) {
                total += costs[m];
                if (monthly != null) {
                    monthly[2][m] = costs[m];
                }
            }
            totals[2] = total;
        } else if (monthly != null) {
            java.util.Arrays.fill(monthly[2], Double.NaN);
        }
        if (rented == null && monthly != null) {
            java.util.Arrays.fill(monthly[1], Double.NaN);
        }
        return monthly;
    }

    /** People a month at the drawn cost of an FTE, when the lens counts fixed costs. */
    private static double fixed(People people, double fteCost, Plan plan) {
        if (people == null || !plan.lens().counts(CostLine.Kind.FIXED)) {
            return 0;
        }
        return people.operationsFte() * fteCost + people.implementationMonthly(plan.horizonMonths());
    }

    private static Replica faster(Replica r, double factor) {
        return new Replica(r.label(), r.gpu(), r.gpus(), r.tokensPerSecond() * factor, r.gpuTdpWatts());
    }

    private static OwnershipAssumptions withSite(OwnershipAssumptions a, double perKwh, double pue, double years) {
        return new OwnershipAssumptions(
                years,
                a.residualShare(),
                a.annualCapitalRate(),
                a.annualMaintenanceShare(),
                perKwh,
                pue,
                a.baseServerWatts(),
                a.facilityPerServerMonth(),
                a.source(),
                a.asOf());
    }
}
