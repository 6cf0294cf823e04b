package app.breakeven.costs.economics;

/**
 * The rented path at one volume: replicas for the peak packed into whole instances
 * ({@link Packing}), paid for the hours of the billing mode ({@link BillingMode}):
 * <pre>
 *   rent = instance-hours x $ an instance-hour
 * </pre>
 * plus the path's people (fixed). Rent grows with the hardware.
 */
public final class RentedCost {

    private RentedCost() {}

    /** Instances rented: the peak's replicas packed into whole instances. */
    public static long instances(RentedOffer offer, Replica replica, Plan plan, double tokensPerMonth) {
        requireMatch(offer, replica);
        return Packing.machines(plan.replicas(replica, tokensPerMonth), replica.gpus(), offer.gpusPerInstance());
    }

    /** Instance-hours paid a month under the billing mode. */
    public static double instanceHours(
            RentedOffer offer, Billing billing, Replica replica, Plan plan, double tokensPerMonth) {
        long instances = instances(offer, replica, plan, tokensPerMonth);
        Load load = plan.load();
        return switch (billing.mode()) {
            case ALWAYS_ON -> instances * Load.HOURS_PER_MONTH;
            case ACTIVE_WINDOW -> instances * load.activeHoursPerMonth();
            case SCALE_TO_ZERO ->
                Math.min(
                        instances * load.activeHoursPerMonth(),
                        busyInstanceHours(offer, replica, plan, tokensPerMonth) * (1 + billing.runtimeBuffer()));
        };
    }

    /** busy replica-hours / replicas an instance. */
    public static double busyInstanceHours(RentedOffer offer, Replica replica, Plan plan, double tokensPerMonth) {
        double replicaHours =
                plan.load().busyReplicaHours(plan.shape().outputTokensOf(tokensPerMonth), replica.tokensPerSecond());
        return replicaHours / Packing.replicasPerMachine(replica.gpus(), offer.gpusPerInstance());
    }

    /** Dollars a month under the plan's lens; the same total as {@link #explain}, without the text. */
    public static double monthly(
            RentedOffer offer, Billing billing, Replica replica, People people, Plan plan, double tokensPerMonth) {
        double total = instanceHours(offer, billing, replica, plan, tokensPerMonth) * offer.dollarsPerInstanceHour();
        return people.addTo(total, plan);
    }

    /** The same as {@link #monthly}, line by line. */
    public static PathCost explain(
            RentedOffer offer, Billing billing, Replica replica, People people, Plan plan, double tokensPerMonth) {
        long replicas = plan.replicas(replica, tokensPerMonth);
        long instances = instances(offer, replica, plan, tokensPerMonth);
        double hours = instanceHours(offer, billing, replica, plan, tokensPerMonth);
        PathCost.Builder lines = new PathCost.Builder(plan.lens());
        lines.add(
                "Rent",
                hours * offer.dollarsPerInstanceHour(),
                hoursFormula(offer, billing, replica, plan, tokensPerMonth, replicas, instances, hours) + " x "
                        + Fmt.price(offer.dollarsPerInstanceHour()) + " an instance-hour ("
                        + offer.kind().label()
                        + ")",
                offer.source(),
                offer.asOf(),
                CostLine.Kind.VOLUME);
        people.addLines(lines, plan);
        String capacity = plan.explainReplicas(replica, tokensPerMonth) + "; "
                + Packing.explain(replicas, replica.gpus(), offer.gpusPerInstance(), "instance");
        return lines.build(PathCost.Path.RENTED, offer.label(), capacity, tokensPerMonth, replicas, instances);
    }

    private static String hoursFormula(
            RentedOffer offer,
            Billing billing,
            Replica replica,
            Plan plan,
            double tokens,
            long replicas,
            long instances,
            double hours) {
        double active = plan.load().activeHoursPerMonth();
        return switch (billing.mode()) {
            case ALWAYS_ON -> instances + " instances x 730 h (always on)";
            case ACTIVE_WINDOW -> instances + " instances x " + Fmt.num(active) + " active h";
            case SCALE_TO_ZERO ->
                "min(" + instances + " instances x " + Fmt.num(active) + " active h, "
                        + Fmt.num(busyInstanceHours(offer, replica, plan, tokens)) + " busy instance-h x (1 + "
                        + Fmt.share(billing.runtimeBuffer()) + " buffer)) = " + Fmt.num(hours)
                        + " instance-h (scale to zero)";
        };
    }

    static void requireMatch(RentedOffer offer, Replica replica) {
        if (!offer.gpu().equals(replica.gpu())) {
            throw new IllegalArgumentException(
                    offer.label() + " has no " + replica.gpu() + " GPUs for " + replica.label());
        }
    }
}
