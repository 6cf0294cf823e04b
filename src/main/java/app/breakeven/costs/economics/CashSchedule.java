package app.breakeven.costs.economics;

/**
 * Owned hardware as cash, month by month (the accrual view is
 * {@link OwnershipAssumptions#perServer}). Servers are bought in the month they are first
 * needed and kept: the installed count never falls. Each batch is replaced every life L
 * months after its purchase, the old servers sold at their residual value in the same month.
 * With n_m installed in month m (from 0), b_m bought and r_m replaced:
 * <pre>
 *   purchases_m = (b_m + r_m) x (price + installation)
 *   sales_m     = r_m x residual
 *   running_m   = n_m x (maintenance + power + facility)
 *   cash_m      = purchases_m - sales_m + running_m
 * </pre>
 * The cost of capital is an opportunity cost, not a payment, so cash leaves it out; servers
 * still owned when the horizon ends are not sold.
 *
 * @param installed  servers installed each month
 * @param purchases  price and installation of servers bought or replaced
 * @param sales      residual value of servers replaced
 * @param running    maintenance, power and facility of the installed servers
 * @param cash       purchases - sales + running
 * @param cumulative cash up to and including each month
 */
public record CashSchedule(
        long[] installed, double[] purchases, double[] sales, double[] running, double[] cash, double[] cumulative) {

    /**
     * The schedule for the servers each month needs.
     *
     * @param serversNeeded servers needed in each month of the horizon, at least 0, 1 to 600 months
     */
    public static CashSchedule of(
            PurchaseOffer offer, OwnershipAssumptions ownership, int gpuTdpWatts, long[] serversNeeded) {
        int months = serversNeeded.length;
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("the horizon must be between 1 and 600 months: " + months);
        }
        OwnershipAssumptions.ServerMonthly server = ownership.perServer(offer, gpuTdpWatts);
        int life = ownership.lifeMonths();
        double each = offer.price() + offer.installation();
        long[] installed = new long[months];
        long[] replaced = new long[months];
        double[] purchases = new double[months];
        double[] sales = new double[months];
        double[] running = new double[months];
        double[] cash = new double[months];
        double[] cumulative = new double[months];
        for (int m = 0; m < months; m++) {
            if (serversNeeded[m] < 0) {
                throw new IllegalArgumentException("servers needed must be at least 0: " + serversNeeded[m]);
            }
            long before = m == 0 ? 0 : installed[m - 1];
            installed[m] = Math.max(before, serversNeeded[m]);
            long bought = installed[m] - before;
            for (int r = m + life; r < months; r += life) {
                replaced[r] += bought;
            }
            purchases[m] = (bought + replaced[m]) * each;
            sales[m] = replaced[m] * server.residual();
            running[m] = installed[m] * server.running();
            cash[m] = purchases[m] - sales[m] + running[m];
            cumulative[m] = (m == 0 ? 0 : cumulative[m - 1]) + cash[m];
        }
        return new CashSchedule(installed, purchases, sales, running, cash, cumulative);
    }

    /** The same fleet throughout: bought in month 0, replaced at month L, 2L, ... */
    public static CashSchedule constant(
            PurchaseOffer offer, OwnershipAssumptions ownership, int gpuTdpWatts, long servers, int months) {
        long[] needed = new long[Math.max(0, months)];
        java.util.Arrays.fill(needed, servers);
        return of(offer, ownership, gpuTdpWatts, needed);
    }

    /**
     * The owned path a month on these servers: cash + installed x capital a server-month + fixed,
     * the cost of capital being the opportunity cost that cash leaves out and {@code fixed} the
     * path's people and one-offs.
     */
    public double[] costs(double capitalPerServerMonth, double fixedMonthly) {
        double[] monthly = new double[cash.length];
        for (int m = 0; m < monthly.length; m++) {
            monthly[m] = cash[m] + installed[m] * capitalPerServerMonth + fixedMonthly;
        }
        return monthly;
    }

    public double total() {
        return cumulative[cumulative.length - 1];
    }
}
