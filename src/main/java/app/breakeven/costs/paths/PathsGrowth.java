package app.breakeven.costs.paths;

import app.breakeven.costs.HybridPolicy;
import app.breakeven.costs.economics.CashSchedule;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.economics.PurchaseOffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleToLongFunction;

/**
 * The three paths month by month while volume grows, and the hybrid policy moving to rented or
 * to owned. Month m (from 0) runs at V_m tokens a day, V_m x days a month:
 * <pre>
 *   api_m    = the API's cost at the month's tokens
 *   rented_m = the cheapest rented option at the month's tokens (rent commits to nothing,
 *              so the option may change from month to month)
 *   owned_m  = the fleet's cash ({@link CashSchedule}: servers bought in the month first needed
 *              and kept, replaced every life with the old ones sold at their residual value)
 *              + n_m x cost of capital a server-month (the opportunity cost the monthly view counts)
 *              + the path's fixed costs (people, implementation / horizon) under the lens
 * </pre>
 * Hardware once bought is kept, so the owned path does not switch option: its fleet is the
 * owned option with the lowest cumulative cost over the horizon.
 *
 * <p>The hybrid stays on the API until the volume has held at or above the policy's threshold
 * for its months in a row, then moves to its target from the next month:
 * <pre>
 *   hybrid_m = api_m                                        before the move
 *            = target_m - target implementation a month
 *              + migration (in the move month only)         from the move on
 * </pre>
 * The migration is the cost of building the target, so it takes the place of the target's own
 * implementation. Moving to owned buys the servers in the move month. Payback is the first month
 * from the move in which the hybrid's cumulative cost is back at or below the API's.
 *
 * @param tokensPerDay     the volume each month
 * @param api              the API path a month
 * @param rented           the rented path a month; NaN when no rented option is eligible
 * @param rentedOption     index of the rented option serving each month, -1 when none
 * @param owned            the owned path a month, cash and capital; NaN when no owned option is eligible
 * @param ownedFleet       the owned fleet chosen, -1 when none
 * @param ownedServers     servers installed each month, 0 when none
 * @param ownedHardware    cash on hardware each month: purchases and installation less sales
 * @param ownedBookValue   book value of the servers still owned after the last month: each
 *                         batch at price - (price - residual) x age / life
 * @param toRented         the hybrid moving to rented; empty when no rented option is eligible
 * @param toOwned          the hybrid moving to owned; empty when no owned option is eligible
 */
public record PathsGrowth(
        double[] tokensPerDay,
        double[] api,
        double[] rented,
        int[] rentedOption,
        double[] owned,
        int ownedFleet,
        long[] ownedServers,
        double[] ownedHardware,
        double ownedBookValue,
        Optional<Move> toRented,
        Optional<Move> toOwned) {

    /**
     * An owned option as hardware bought over time.
     *
     * @param name                  offer and replica, as the static view names it
     * @param servers               servers needed for a month's tokens
     * @param fixedMonthly          the path's people and implementation a month, under the lens
     * @param implementationMonthly the implementation part of {@code fixedMonthly}
     */
    public record Fleet(
            String name,
            PurchaseOffer offer,
            OwnershipAssumptions ownership,
            int gpuTdpWatts,
            DoubleToLongFunction servers,
            double fixedMonthly,
            double implementationMonthly) {

        public Fleet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(ownership, "ownership");
            Objects.requireNonNull(servers, "servers");
        }
    }

    /**
     * The hybrid policy with one target.
     *
     * @param month   month of the move (from 0), -1 when the volume never holds above the threshold
     * @param monthly the hybrid a month
     * @param payback first month from the move with cumulative cost at or below the API's, -1 when none
     * @param fleet   for a move to owned, the fleet bought; -1 otherwise
     */
    public record Move(int month, double[] monthly, int payback, int fleet) {

        public double[] cumulative() {
            return PathsGrowth.cumulative(monthly);
        }
    }

    /**
     * @param rented                      rented options, as {@link Paths} holds them
     * @param rentedImplementationMonthly the rented path's implementation a month, under the lens
     * @param fleets                      owned options, as hardware
     * @param tokensPerDay                the volume each month, 1 to 600 months
     */
    public static PathsGrowth of(
            PiecewiseCost api,
            List<Cheapest.Option> rented,
            double rentedImplementationMonthly,
            List<Fleet> fleets,
            double[] tokensPerDay,
            double daysPerMonth,
            HybridPolicy policy) {
        int months = tokensPerDay.length;
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("the horizon must be between 1 and 600 months: " + months);
        }
        double[] apiCost = new double[months];
        double[] rentedCost = new double[months];
        int[] rentedOption = new int[months];
        for (int m = 0; m < months; m++) {
            double tokens = tokensPerDay[m] * daysPerMonth;
            apiCost[m] = api.at(tokens);
            Optional<Cheapest.Choice> choice = Cheapest.at(rented, tokens);
            rentedCost[m] = choice.map(Cheapest.Choice::cost).orElse(Double.NaN);
            rentedOption[m] = choice.map(Cheapest.Choice::index).orElse(-1);
        }
        int move = moveMonth(tokensPerDay, policy);

        Owned owned = cheapestFleet(fleets, tokensPerDay, daysPerMonth, -1);
        Optional<Move> toRented = Optional.empty();
        if (rentedOption[0] >= 0) {
            double[] hybrid = new double[months];
            for (int m = 0; m < months; m++) {
                hybrid[m] = move < 0 || m < move
                        ? apiCost[m]
                        : rentedCost[m] - rentedImplementationMonthly + (m == move ? policy.migrationCost() : 0);
            }
            toRented = Optional.of(new Move(move, hybrid, payback(hybrid, apiCost, move), -1));
        }
        Optional<Move> toOwned = Optional.empty();
        if (owned != null) {
            Owned target = cheapestFleet(fleets, tokensPerDay, daysPerMonth, move);
            double[] hybrid = new double[months];
            for (int m = 0; m < months; m++) {
                hybrid[m] = move < 0 || m < move
                        ? apiCost[m]
                        : target.monthly[m] + (m == move ? policy.migrationCost() : 0);
            }
            toOwned = Optional.of(new Move(move, hybrid, payback(hybrid, apiCost, move), move < 0 ? -1 : target.fleet));
        }
        double[] ownedCost = new double[months];
        java.util.Arrays.fill(ownedCost, Double.NaN);
        return new PathsGrowth(
                tokensPerDay.clone(),
                apiCost,
                rentedCost,
                rentedOption,
                owned == null ? ownedCost : owned.monthly,
                owned == null ? -1 : owned.fleet,
                owned == null ? new long[months] : owned.schedule.installed(),
                owned == null ? new double[months] : hardware(owned.schedule),
                owned == null ? 0 : bookValue(fleets.get(owned.fleet), owned.schedule),
                toRented,
                toOwned);
    }

    public int months() {
        return tokensPerDay.length;
    }

    public double[] apiCumulative() {
        return cumulative(api);
    }

    public double[] rentedCumulative() {
        return cumulative(rented);
    }

    public double[] ownedCumulative() {
        return cumulative(owned);
    }

    /** First month (from 0) in which {@code path}'s cumulative cost is below the API's, -1 when none. */
    public int firstCumulativeBelowApi(double[] path) {
        double[] a = apiCumulative();
        double[] p = cumulative(path);
        for (int m = 0; m < p.length; m++) {
            if (p[m] < a[m]) {
                return m;
            }
        }
        return -1;
    }

    static double[] cumulative(double[] monthly) {
        double[] sums = new double[monthly.length];
        for (int m = 0; m < monthly.length; m++) {
            sums[m] = (m == 0 ? 0 : sums[m - 1]) + monthly[m];
        }
        return sums;
    }

    /** The month after the volume has held at or above the threshold for the policy's months; -1 when never. */
    private static int moveMonth(double[] tokensPerDay, HybridPolicy policy) {
        int above = 0;
        for (int m = 0; m < tokensPerDay.length; m++) {
            if (above >= policy.consecutiveMonths()) {
                return m;
            }
            above = tokensPerDay[m] >= policy.thresholdTokensPerDay() ? above + 1 : 0;
        }
        return -1;
    }

    private static int payback(double[] hybrid, double[] api, int move) {
        if (move < 0) {
            return -1;
        }
        double[] h = cumulative(hybrid);
        double[] a = cumulative(api);
        for (int m = move; m < h.length; m++) {
            if (h[m] <= a[m]) {
                return m;
            }
        }
        return -1;
    }

    private record Owned(int fleet, CashSchedule schedule, double[] monthly) {}

    /**
     * The fleet with the lowest cumulative cost; from {@code from} on when it is at least 0 (a
     * hybrid's move, with no servers and no owned costs before it), else for the whole horizon.
     */
    private static Owned cheapestFleet(List<Fleet> fleets, double[] tokensPerDay, double daysPerMonth, int from) {
        Owned best = null;
        double bestTotal = Double.POSITIVE_INFINITY;
        for (int f = 0; f < fleets.size(); f++) {
            Fleet fleet = fleets.get(f);
            int months = tokensPerDay.length;
            long[] needed = new long[months];
            for (int m = Math.max(from, 0); m < months; m++) {
                needed[m] = fleet.servers().applyAsLong(tokensPerDay[m] * daysPerMonth);
            }
            CashSchedule schedule = CashSchedule.of(fleet.offer(), fleet.ownership(), fleet.gpuTdpWatts(), needed);
            double capital = fleet.ownership()
                    .perServer(fleet.offer(), fleet.gpuTdpWatts())
                    .capital();
            double fixed = from < 0 ? fleet.fixedMonthly() : fleet.fixedMonthly() - fleet.implementationMonthly();
            double[] monthly = schedule.costs(capital, fixed);
            double total = 0;
            for (int m = 0; m < months; m++) {
                // Before a hybrid's move nothing is owned and the path's people are not yet paid.
                monthly[m] = m < from ? 0 : monthly[m];
                total += monthly[m];
            }
            if (best == null || total < bestTotal) {
                best = new Owned(f, schedule, monthly);
                bestTotal = total;
            }
        }
        return best;
    }

    private static double[] hardware(CashSchedule schedule) {
        double[] cash = new double[schedule.cash().length];
        for (int m = 0; m < cash.length; m++) {
            cash[m] = schedule.purchases()[m] - schedule.sales()[m];
        }
        return cash;
    }

    /** Each batch bought in month b was last bought b + k x life months; its age at the end is months - that. */
    private static double bookValue(Fleet fleet, CashSchedule schedule) {
        long[] installed = schedule.installed();
        int months = installed.length;
        int life = fleet.ownership().lifeMonths();
        double price = fleet.offer().price();
        double residual =
                fleet.ownership().perServer(fleet.offer(), fleet.gpuTdpWatts()).residual();
        double value = 0;
        for (int b = 0; b < months; b++) {
            long bought = installed[b] - (b == 0 ? 0 : installed[b - 1]);
            if (bought > 0) {
                int last = b + (months - 1 - b) / life * life;
                int age = months - last;
                value += bought * (price - (price - residual) * age / life);
            }
        }
        return value;
    }
}
