package app.breakeven.costs.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where two piecewise costs change order, solved exactly band by band. Within a band where
 * both are lines the difference d(V) = a(V) - b(V) is a line, so its order changes at most once,
 * at the root of a linear equation; between bands it can change only by a jump, at the first
 * token of the next band. "a below b" means a(V) &lt; b(V): on a tie b is not dearer.
 *
 * @param status         REACHED when at least one crossing was found; NOT_REACHED when none was
 *                       and every band up to {@code searchedTo} was examined; NOT_VERIFIED when
 *                       none was found before the band budget ran out
 * @param initiallyBelow a(0) &lt; b(0)
 * @param crossings      every crossing found, in order of volume; they alternate in direction
 * @param searchedTo     the largest volume asked about, tokens a month
 * @param verifiedTo     the volume up to which every band was examined
 * @param bandsExamined  bands (and passes over volumes where the costs cannot meet) spent
 */
public record Crossover(
        Status status,
        boolean initiallyBelow,
        List<Crossing> crossings,
        double searchedTo,
        double verifiedTo,
        int bandsExamined) {

    /** 1T tokens a month: the planning horizon of every search. */
    public static final double MAX_TOKENS_PER_MONTH = 1e12;

    /** Bands one search may examine before it answers "not verified". */
    public static final int DEFAULT_BUDGET = 10_000;

    public enum Status {
        REACHED,
        NOT_REACHED,
        NOT_VERIFIED
    }

    public enum Direction {
        /** a was below b and is now at or above it: b has become no dearer than a. */
        A_REACHES_B,
        /** a was at or above b and is now below it. */
        A_DROPS_BELOW_B
    }

    /**
     * The order changes between {@code tokens - 1} and {@code tokens}; the four costs are the
     * check, read from the functions themselves.
     */
    public record Crossing(
            double tokens, Direction direction, double aBefore, double bBefore, double aAt, double bAt) {}

    public Crossover {
        Objects.requireNonNull(status, "status");
        crossings = List.copyOf(crossings);
    }

    public Optional<Crossing> first() {
        return crossings.isEmpty() ? Optional.empty() : Optional.of(crossings.get(0));
    }

    /** The first crossing in the given direction. */
    public Optional<Crossing> first(Direction direction) {
        return crossings.stream().filter(c -> c.direction() == direction).findFirst();
    }

    /** True when every band up to {@link #searchedTo} was examined, so the list is all there is. */
    public boolean complete() {
        return verifiedTo >= searchedTo;
    }

    public static Crossover solve(PiecewiseCost a, PiecewiseCost b) {
        return solve(a, b, MAX_TOKENS_PER_MONTH, DEFAULT_BUDGET);
    }

    /**
     * Every whole token V in (0, max] where the order of a and b changes.
     *
     * @param maxTokensPerMonth the search ends here, at least 1 and at most 2^52 tokens
     * @param budget            bands the search may examine, at least 1
     */
    public static Crossover solve(PiecewiseCost a, PiecewiseCost b, double maxTokensPerMonth, int budget) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        requireSearch(maxTokensPerMonth, budget);
        double max = Math.floor(maxTokensPerMonth);
        double to = Math.min(max, Math.floor(Math.min(a.knownTo(), b.knownTo())));
        Budget left = new Budget(budget);
        List<Crossing> found = new ArrayList<>();
        double verified = walk(a, b, 0, to, left, false, found);
        Status status = !found.isEmpty() ? Status.REACHED : verified >= max ? Status.NOT_REACHED : Status.NOT_VERIFIED;
        return new Crossover(status, below(a, b, 0), found, max, verified, budget - left.left);
    }

    static void requireSearch(double maxTokensPerMonth, int budget) {
        if (!(maxTokensPerMonth >= 1) || !(maxTokensPerMonth <= StepCost.LAST_EXACT_TOKEN)) {
            throw new IllegalArgumentException(
                    "the search must end between 1 and 2^52 tokens a month: " + maxTokensPerMonth);
        }
        if (budget < 1) {
            throw new IllegalArgumentException("the search needs a budget of at least one band: " + budget);
        }
    }

    /** Bands left to examine, shared by the searches of one answer. */
    static final class Budget {
        int left;

        Budget(int left) {
            this.left = left;
        }
    }

    static boolean below(PiecewiseCost a, PiecewiseCost b, double tokens) {
        return a.at(tokens) < b.at(tokens);
    }

    /**
     * Walks whole tokens from {@code from} (included, its order taken as the start) to {@code to},
     * adding each crossing to {@code found}; with {@code firstOnly} stops at the first.
     *
     * @return the volume up to which every band was examined: {@code to}, the first crossing
     *         when {@code firstOnly} found one, or where the budget ran out
     */
    static double walk(
            PiecewiseCost a,
            PiecewiseCost b,
            double from,
            double to,
            Budget budget,
            boolean firstOnly,
            List<Crossing> found) {
        double t = from;
        boolean below = below(a, b, t);
        while (t < to) {
            if (budget.left <= 0) {
                return t;
            }
            budget.left--;
            double passed = pass(a, b, t, to, below);
            if (passed > t) {
                t = passed;
                continue;
            }
            double lo = t + 1;
            double hi = Math.min(to, Math.min(a.lastOfBand(lo), b.lastOfBand(lo)));
            if (below(a, b, lo) != below) {
                found.add(crossing(a, b, lo));
                below = !below;
                if (firstOnly) {
                    return lo;
                }
            }
            if (hi > lo && below(a, b, hi) != below) {
                double v = locate(a, b, lo, hi, below);
                found.add(crossing(a, b, v));
                below = !below;
                if (firstOnly) {
                    return v;
                }
            }
            t = hi;
        }
        return to;
    }

    /**
     * Where both costs have bounds, the volumes from t on where the bounds alone fix the order
     * (the difference of the lower lines stays outside the strip their widths leave) hold no
     * crossing and are passed in one step.
     *
     * @return the last token of such a run, or -1 when there is none at t
     */
    private static double pass(PiecewiseCost a, PiecewiseCost b, double t, double to, boolean below) {
        PiecewiseCost.Bound ba = a.bound(t);
        PiecewiseCost.Bound bb = b.bound(t);
        if (ba == null || bb == null) {
            return -1;
        }
        double until = Math.min(to, Math.min(ba.until(), bb.until()));
        if (!(until > t)) {
            return -1;
        }
        double intercept = ba.intercept() - bb.intercept();
        double slope = ba.slope() - bb.slope();
        // A margin for rounding, far above it and far below any cost that matters.
        double margin = 1e-9
                * (1
                        + Math.abs(ba.intercept())
                        + Math.abs(bb.intercept())
                        + (Math.abs(ba.slope()) + Math.abs(bb.slope())) * until
                        + ba.width()
                        + bb.width());
        double last = below
                // a surely below b: intercept + slope V + width_a + margin < 0
                ? lastHolding(slope, -(intercept + ba.width() + margin), t, until)
                // a surely above b: intercept + slope V - width_b - margin > 0
                : lastHolding(-slope, intercept - bb.width() - margin, t, until);
        return last > t && below(a, b, last) == below ? last : -1;
    }

    /** The last whole token V in [t, until] such that slope x W &lt; limit for every W in [t, V]; -1 if none. */
    private static double lastHolding(double slope, double limit, double t, double until) {
        if (!(slope * t < limit)) {
            return -1;
        }
        if (slope <= 0) {
            return until;
        }
        return Math.min(until, Math.max(t, Math.ceil(limit / slope) - 1));
    }

    /**
     * The first token in (lo, hi] whose order differs from lo's, knowing hi's does: the root of
     * the line through d(lo) and d(hi), then checked on the functions one token either side.
     */
    private static double locate(PiecewiseCost a, PiecewiseCost b, double lo, double hi, boolean below) {
        double dLo = a.at(lo) - b.at(lo);
        double dHi = a.at(hi) - b.at(hi);
        double root = lo + (hi - lo) * (-dLo / (dHi - dLo));
        // Rising: the first V with d(V) >= 0 is ceil(root); falling: the first V with d(V) < 0 is floor(root) + 1.
        double v = below ? Math.ceil(root) : Math.floor(root) + 1;
        v = Math.min(hi, Math.max(lo + 1, Double.isFinite(v) ? v : hi));
        for (int i = 0; i < 4; i++) {
            if (below(a, b, v) == below) {
                v++;
            } else if (v - 1 > lo && below(a, b, v - 1) != below) {
                v--;
            } else {
                return v;
            }
        }
        // Rounding moved the root more than a few tokens: bisect, keeping lo's order at lo and hi's at hi.
        while (hi - lo > 1) {
            double mid = Math.floor(lo + (hi - lo) / 2);
            if (below(a, b, mid) == below) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static Crossing crossing(PiecewiseCost a, PiecewiseCost b, double tokens) {
        double aBefore = a.at(tokens - 1);
        double bBefore = b.at(tokens - 1);
        double aAt = a.at(tokens);
        double bAt = b.at(tokens);
        return new Crossing(
                tokens, aAt < bAt ? Direction.A_DROPS_BELOW_B : Direction.A_REACHES_B, aBefore, bBefore, aAt, bAt);
    }
}
