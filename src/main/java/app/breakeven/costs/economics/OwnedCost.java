package app.breakeven.costs.economics;

import java.time.LocalDate;

/**
 * The owned path at one volume, accrued monthly: replicas for the peak packed into whole
 * servers ({@link Packing}), each costing {@link OwnershipAssumptions#perServer} a month,
 * plus the path's people (fixed). Every per-server line grows with the hardware. The cash
 * view of the same servers is {@link CashSchedule}.
 */
public final class OwnedCost {

    private OwnedCost() {}

    /** Servers owned: the peak's replicas packed into whole servers. */
    public static long servers(PurchaseOffer offer, Replica replica, Plan plan, double tokensPerMonth) {
        if (!offer.gpu().equals(replica.gpu())) {
            throw new IllegalArgumentException(
                    offer.label() + " has no " + replica.gpu() + " GPUs for " + replica.label());
        }
        return Packing.machines(plan.replicas(replica, tokensPerMonth), replica.gpus(), offer.gpus());
    }

    /** Dollars a month under the plan's lens; the same total as {@link #explain}, without the text. */
    public static double monthly(
            PurchaseOffer offer,
            OwnershipAssumptions ownership,
            Replica replica,
            People people,
            Plan plan,
            double tokensPerMonth) {
        long n = servers(offer, replica, plan, tokensPerMonth);
        OwnershipAssumptions.ServerMonthly s = ownership.perServer(offer, replica.gpuTdpWatts());
        double total = n * s.depreciation();
        total += n * s.capital();
        total += n * s.installation();
        total += n * s.maintenance();
        total += n * s.power();
        total += n * s.facility();
        return people.addTo(total, plan);
    }

    /** The same as {@link #monthly}, line by line. */
    public static PathCost explain(
            PurchaseOffer offer,
            OwnershipAssumptions ownership,
            Replica replica,
            People people,
            Plan plan,
            double tokensPerMonth) {
        long replicas = plan.replicas(replica, tokensPerMonth);
        long n = servers(offer, replica, plan, tokensPerMonth);
        OwnershipAssumptions.ServerMonthly s = ownership.perServer(offer, replica.gpuTdpWatts());
        int life = ownership.lifeMonths();
        String servers = n + " servers x ";
        String price = Fmt.money(offer.price());
        String residual = Fmt.money(s.residual());
        PathCost.Builder lines = new PathCost.Builder(plan.lens());
        String src = offer.source();
        LocalDate asOf = offer.asOf();
        String assumptions = ownership.source();
        LocalDate assumedOn = ownership.asOf();
        lines.add(
                "Depreciation",
                n * s.depreciation(),
                servers + "(" + price + " - " + residual + " residual (" + Fmt.share(ownership.residualShare())
                        + ")) / " + life + " months",
                src,
                asOf,
                CostLine.Kind.VOLUME);
        lines.add(
                "Cost of capital",
                n * s.capital(),
                servers + Fmt.share(ownership.annualCapitalRate()) + " / 12 x (" + price + " + " + residual
                        + ") / 2 average book value",
                assumptions,
                assumedOn,
                CostLine.Kind.VOLUME);
        lines.add(
                "Installation",
                n * s.installation(),
                servers + Fmt.money(offer.installation()) + " / " + life + " months",
                src,
                asOf,
                CostLine.Kind.VOLUME);
        lines.add(
                "Maintenance",
                n * s.maintenance(),
                servers + Fmt.share(ownership.annualMaintenanceShare()) + " x " + price + " / 12",
                assumptions,
                assumedOn,
                CostLine.Kind.VOLUME);
        lines.add(
                "Power",
                n * s.power(),
                servers + "(" + replica.gpuTdpWatts() + " W x " + offer.gpus() + " GPUs + "
                        + Fmt.num(ownership.baseServerWatts()) + " W base) / 1,000 = " + Fmt.num(s.kilowatts())
                        + " kW x PUE " + Fmt.num(ownership.pue()) + " x 730 h x "
                        + Fmt.price(ownership.electricityPerKwh()) + " a kWh",
                assumptions,
                assumedOn,
                CostLine.Kind.VOLUME);
        lines.add(
                "Facility",
                n * s.facility(),
                servers + Fmt.money(ownership.facilityPerServerMonth()) + " a server-month",
                assumptions,
                assumedOn,
                CostLine.Kind.VOLUME);
        people.addLines(lines, plan);
        String capacity = plan.explainReplicas(replica, tokensPerMonth) + "; "
                + Packing.explain(replicas, replica.gpus(), offer.gpus(), "server");
        return lines.build(PathCost.Path.OWNED, offer.label(), capacity, tokensPerMonth, replicas, n);
    }
}
