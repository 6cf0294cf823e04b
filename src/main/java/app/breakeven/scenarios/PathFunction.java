package app.breakeven.scenarios;

import app.breakeven.costs.economics.Billing;
import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.OwnedCost;
import app.breakeven.costs.economics.OwnershipAssumptions;
import app.breakeven.costs.economics.People;
import app.breakeven.costs.economics.Plan;
import app.breakeven.costs.economics.PurchaseOffer;
import app.breakeven.costs.economics.RentedCost;
import app.breakeven.costs.economics.RentedOffer;
import app.breakeven.costs.economics.Replica;
import app.breakeven.costs.paths.PiecewiseCost;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A rented or owned option as a piecewise cost of monthly tokens, read from the very
 * {@code monthly} functions that {@code explain} itemises, so a crossover's costs one token
 * either side are the figures the breakdown shows. A band is a run of volumes with the same
 * machines (instances or servers) and, under scale-to-zero, the same side of the cap
 * min(instances x active hours, busy instance-hours x (1 + buffer)): on such a run the cost is
 * one line (constant, or growing with the busy hours). Band ends are found on the functions
 * themselves, by doubling then halving, so they agree with {@link #at} to the token.
 *
 * <p>Bounds let a search pass over volumes where two costs cannot meet. With c the tokens a
 * month one replica carries (tokens/s x headroom x active hours x 3,600 / (output share x
 * peak-to-average)) and k replicas a machine, from max(minimum - spare, 1) x c on the machines
 * lie in [(V / c + spare) / k - 1, (V / c + spare + 1) / k + 2): one machine wider each side
 * than the packing's exact strip, for the rounding of c.
 */
final class PathFunction implements PiecewiseCost {

    private static final double LAST_EXACT_TOKEN = 0x1p52;

    private final DoubleUnaryOperator cost;
    private final DoubleToLongFunction machines;
    private final DoubleUnaryOperator capGap;
    private final double fixed;
    private final double perMachine;
    private final double linearSlope;
    private final double capacity;
    private final double replicasPerMachine;
    private final double spare;
    private final double boundFrom;

    private PathFunction(
            DoubleUnaryOperator cost,
            DoubleToLongFunction machines,
            DoubleUnaryOperator capGap,
            double fixed,
            double perMachine,
            double linearSlope,
            Replica replica,
            int gpusPerMachine,
            Plan plan) {
        this.cost = cost;
        this.machines = machines;
        this.capGap = capGap;
        this.fixed = fixed;
        this.perMachine = perMachine;
        this.linearSlope = linearSlope;
        var load = plan.load();
        this.capacity = replica.tokensPerSecond()
                * load.headroom()
                * load.activeHoursPerMonth()
                * 3_600
                / (plan.shape().outputShare() * load.peakToAverage());
        this.replicasPerMachine = replica.gpus() <= gpusPerMachine
                ? gpusPerMachine / replica.gpus()
                : 1.0 / ((replica.gpus() + gpusPerMachine - 1) / gpusPerMachine);
        this.spare = plan.availability().spare() ? 1 : 0;
        int floor = Math.max(plan.availability().minimumReplicas() - (int) spare, 1);
        this.boundFrom = Math.ceil(floor * capacity * (1 + 1e-9)) + 2;
    }

    static PathFunction rented(RentedOffer offer, Billing billing, Replica replica, People people, Plan plan) {
        double hours = billing.mode() == BillingMode.ALWAYS_ON
                ? app.breakeven.costs.economics.Load.HOURS_PER_MONTH
                : plan.load().activeHoursPerMonth();
        boolean scaleToZero = billing.mode() == BillingMode.SCALE_TO_ZERO;
        DoubleUnaryOperator gap = scaleToZero
                ? v -> RentedCost.busyInstanceHours(offer, replica, plan, v) * (1 + billing.runtimeBuffer())
                        - RentedCost.instances(offer, replica, plan, v)
                                * plan.load().activeHoursPerMonth()
                : null;
        // Rent of the busy hours a token: busy instance-hours are linear in the volume.
        double slope = scaleToZero
                ? RentedCost.busyInstanceHours(offer, replica, plan, 1e9)
                        / 1e9
                        * (1 + billing.runtimeBuffer())
                        * offer.dollarsPerInstanceHour()
                : 0;
        return new PathFunction(
                v -> RentedCost.monthly(offer, billing, replica, people, plan, v),
                v -> RentedCost.instances(offer, replica, plan, v),
                gap,
                fixedOf(people, plan),
                hours * offer.dollarsPerInstanceHour(),
                slope,
                replica,
                offer.gpusPerInstance(),
                plan);
    }

    static PathFunction owned(
            PurchaseOffer offer, OwnershipAssumptions ownership, Replica replica, People people, Plan plan) {
        return new PathFunction(
                v -> OwnedCost.monthly(offer, ownership, replica, people, plan, v),
                v -> OwnedCost.servers(offer, replica, plan, v),
                null,
                fixedOf(people, plan),
                ownership.perServer(offer, replica.gpuTdpWatts()).total(),
                0,
                replica,
                offer.gpus(),
                plan);
    }

    /** The path's people and implementation a month, when the plan's lens counts fixed costs. */
    static double fixedOf(People people, Plan plan) {
        CostLens lens = plan.lens();
        return lens.counts(CostLine.Kind.FIXED) ? people.monthly(plan.horizonMonths()) : 0;
    }

    @Override
    public double at(double tokens) {
        return cost.applyAsDouble(tokens);
    }

    /** Machines, and under scale-to-zero which side of the cap: the cost is one line while it stays. */
    private long key(double tokens) {
        long m = machines.applyAsLong(tokens) * 2;
        return capGap == null ? m : m + (capGap.applyAsDouble(tokens) >= 0 ? 1 : 0);
    }

    @Override
    public double lastOfBand(double token) {
        long key = key(token);
        double step = 1;
        double good = token;
        while (true) {
            double probe = token + step;
            if (probe >= LAST_EXACT_TOKEN) {
                if (key(LAST_EXACT_TOKEN) == key) {
                    return Double.POSITIVE_INFINITY;
                }
                probe = LAST_EXACT_TOKEN;
            }
            if (key(probe) != key) {
                double bad = probe;
                while (bad - good > 1) {
                    double mid = Math.floor(good + (bad - good) / 2);
                    if (key(mid) == key) {
                        good = mid;
                    } else {
                        bad = mid;
                    }
                }
                return good;
            }
            good = probe;
            step *= 2;
        }
    }

    @Override
    public Bound bound(double token) {
        if (token < boundFrom) {
            return null;
        }
        // The machines' strip, as a cost: perMachine x [(V / c + spare) / k - 1, (V / c + spare + 1) / k + 2).
        double stripIntercept = perMachine * (spare / replicasPerMachine - 1);
        double stripSlope = perMachine / (capacity * replicasPerMachine);
        double stripWidth = perMachine * (1 / replicasPerMachine + 3);
        if (capGap == null) {
            return new Bound(Double.POSITIVE_INFINITY, fixed + stripIntercept, stripSlope, stripWidth);
        }
        // Scale to zero: rent = min(step rent, linear rent). Once the line is surely below the
        // strip the rent is the line; once surely above the strip it is the step.
        double margin = 1e-6;
        if (linearSlope < stripSlope * (1 - margin)) {
            double from = Math.max(0, -stripIntercept / (stripSlope - linearSlope)) * (1 + margin) + 2;
            return token >= from ? new Bound(Double.POSITIVE_INFINITY, fixed, linearSlope, 0) : null;
        }
        if (linearSlope > stripSlope * (1 + margin)) {
            double from = Math.max(0, (stripIntercept + stripWidth) / (linearSlope - stripSlope)) * (1 + margin) + 2;
            return token >= from
                    ? new Bound(Double.POSITIVE_INFINITY, fixed + stripIntercept, stripSlope, stripWidth)
                    : null;
        }
        return null;
    }
}
