package app.breakeven.costs.economics;

import java.time.LocalDate;

/**
 * What owning a server costs beyond its price. Owned servers run every hour of the month
 * (730), whatever the traffic: they are bought for the peak and stay powered.
 *
 * @param usefulLifeYears        years before a server is replaced; a whole number of months
 * @param residualShare          share of the price a server is worth at the end of its life, in [0, 1)
 * @param annualCapitalRate      cost of the money tied up in hardware a year, e.g. 0.08
 * @param annualMaintenanceShare support and spares a year as a share of the price, e.g. 0.05
 * @param electricityPerKwh      dollars a kWh
 * @param pue                    power usage effectiveness of the site (facility power over IT power), at least 1
 * @param baseServerWatts        a server's draw beyond its GPUs (CPUs, memory, fans, network)
 * @param facilityPerServerMonth rack space, network and site costs of one server a month
 * @param source                 where the assumptions come from
 * @param asOf                   their date; {@code null} when unknown
 */
public record OwnershipAssumptions(
        double usefulLifeYears,
        double residualShare,
        double annualCapitalRate,
        double annualMaintenanceShare,
        double electricityPerKwh,
        double pue,
        double baseServerWatts,
        double facilityPerServerMonth,
        String source,
        LocalDate asOf) {

    public OwnershipAssumptions {
        if (!(usefulLifeYears > 0 && usefulLifeYears <= 20)) {
            throw new IllegalArgumentException("useful life must be above 0 and at most 20 years: " + usefulLifeYears);
        }
        if (usefulLifeYears * 12 != Math.rint(usefulLifeYears * 12)) {
            throw new IllegalArgumentException("useful life must be a whole number of months: " + usefulLifeYears);
        }
        if (!(residualShare >= 0 && residualShare < 1)) {
            throw new IllegalArgumentException("residual value must be at least 0 and below 1: " + residualShare);
        }
        if (!(annualCapitalRate >= 0 && annualCapitalRate <= 1)) {
            throw new IllegalArgumentException("cost of capital must be between 0 and 1 a year: " + annualCapitalRate);
        }
        if (!(annualMaintenanceShare >= 0 && annualMaintenanceShare <= 1)) {
            throw new IllegalArgumentException(
                    "maintenance must be between 0 and 1 of the price a year: " + annualMaintenanceShare);
        }
        Fmt.requireNonNegative(electricityPerKwh, "electricity price ($/kWh)");
        if (!(pue >= 1 && pue <= 5)) {
            throw new IllegalArgumentException("PUE must be between 1 and 5: " + pue);
        }
        Fmt.requireNonNegative(baseServerWatts, "base server power (W)");
        Fmt.requireNonNegative(facilityPerServerMonth, "facility cost a server-month");
        Fmt.requireText(source, "the assumptions' source");
    }

    public int lifeMonths() {
        return (int) Math.rint(usefulLifeYears * 12);
    }

    /**
     * One server's monthly cost, in the order the lines are shown. With P the price,
     * R = P x residual share, L the life in months, I the installation:
     * <pre>
     *   depreciation = (P - R) / L
     *   capital      = annual rate / 12 x (P + R) / 2      (the average book value)
     *   installation = I / L
     *   maintenance  = annual maintenance share x P / 12
     *   power        = (GPU TDP x GPUs + base W) / 1,000 x PUE x 730 h x $/kWh
     *   facility     = facility a server-month
     * </pre>
     * Every installed GPU draws power, used by a replica or not.
     */
    public ServerMonthly perServer(PurchaseOffer offer, int gpuTdpWatts) {
        if (gpuTdpWatts <= 0) {
            throw new IllegalArgumentException("GPU TDP must be above 0 W: " + gpuTdpWatts);
        }
        double price = offer.price();
        double residual = price * residualShare;
        int life = lifeMonths();
        double kw = (gpuTdpWatts * (double) offer.gpus() + baseServerWatts) / 1_000;
        return new ServerMonthly(
                residual,
                kw,
                (price - residual) / life,
                annualCapitalRate / 12 * ((price + residual) / 2),
                offer.installation() / life,
                annualMaintenanceShare * price / 12,
                kw * pue * Load.HOURS_PER_MONTH * electricityPerKwh,
                facilityPerServerMonth);
    }

    /**
     * One server's monthly cost by line.
     *
     * @param residual     residual value at the end of the life, dollars
     * @param kilowatts    IT draw: (GPU TDP x GPUs + base W) / 1,000
     */
    public record ServerMonthly(
            double residual,
            double kilowatts,
            double depreciation,
            double capital,
            double installation,
            double maintenance,
            double power,
            double facility) {

        /** The sum in the order of the lines. */
        public double total() {
            return depreciation + capital + installation + maintenance + power + facility;
        }

        /** What is paid in cash each month a server is installed: maintenance + power + facility. */
        public double running() {
            return maintenance + power + facility;
        }
    }
}
