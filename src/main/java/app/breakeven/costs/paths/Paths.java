package app.breakeven.costs.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three ways to serve a volume: the API (one cost function), rented options and owned
 * options (the cheapest eligible of each at every volume). Any path may be missing: no API
 * price, or no eligible option.
 *
 * @param api    the API's cost, or {@code null} when it cannot be priced
 * @param rented rented options, possibly none
 * @param owned  owned options, possibly none
 */
public record Paths(PiecewiseCost api, List<Cheapest.Option> rented, List<Cheapest.Option> owned) {

    public Paths {
        rented = List.copyOf(rented);
        owned = List.copyOf(owned);
    }

    /** The three paths at one volume, without any search. */
    public record At(double tokens, double api, Optional<Cheapest.Choice> rented, Optional<Cheapest.Choice> owned) {}

    public At at(double tokensPerMonth) {
        requireVolume(tokensPerMonth);
        return new At(
                tokensPerMonth,
                api == null ? Double.NaN : api.at(tokensPerMonth),
                Cheapest.at(rented, tokensPerMonth),
                Cheapest.at(owned, tokensPerMonth));
    }

    public PathSweep sweep(double fromTokensPerMonth, double toTokensPerMonth, int points) {
        return sweep(
                fromTokensPerMonth, toTokensPerMonth, points, Crossover.MAX_TOKENS_PER_MONTH, Crossover.DEFAULT_BUDGET);
    }

    /**
     * The chart: {@code points} whole-token volumes spaced evenly on a log scale, each path's cost
     * there and the option serving it, and markers at every option switch and every crossover
     * inside the chart's range. The cheapest option at each volume and the crossovers are solved
     * up to {@code maxTokensPerMonth}, each search with its own {@code budget} of bands, and the
     * chart reads the same functions.
     */
    public PathSweep sweep(
            double fromTokensPerMonth, double toTokensPerMonth, int points, double maxTokensPerMonth, int budget) {
        requireVolume(fromTokensPerMonth);
        requireVolume(toTokensPerMonth);
        if (!(fromTokensPerMonth >= 1) || !(toTokensPerMonth > fromTokensPerMonth) || points < 2) {
            throw new IllegalArgumentException("a sweep needs 1 <= from < to tokens a month and at least 2 points");
        }
        Crossover.requireSearch(maxTokensPerMonth, budget);
        Cheapest rentedLowest = Cheapest.of(rented, maxTokensPerMonth, budget).orElse(null);
        Cheapest ownedLowest = Cheapest.of(owned, maxTokensPerMonth, budget).orElse(null);
        Crossover apiRented = solve(api, rentedLowest, maxTokensPerMonth, budget);
        Crossover apiOwned = solve(api, ownedLowest, maxTokensPerMonth, budget);
        Crossover rentedOwned = solve(rentedLowest, ownedLowest, maxTokensPerMonth, budget);

        double[] tokens = new double[points];
        double[] apiCost = new double[points];
        double[] rentedCost = new double[points];
        double[] ownedCost = new double[points];
        int[] rentedOption = new int[points];
        int[] ownedOption = new int[points];
        double logFrom = Math.log(fromTokensPerMonth);
        double step = (Math.log(toTokensPerMonth) - logFrom) / (points - 1);
        for (int i = 0; i < points; i++) {
            double v = i == 0 ? fromTokensPerMonth : i == points - 1 ? toTokensPerMonth : Math.exp(logFrom + step * i);
            // Whole tokens, as the searches count them.
            v = Math.rint(v);
            tokens[i] = v;
            apiCost[i] = api == null ? Double.NaN : api.at(v);
            rentedOption[i] = fill(rentedLowest, v, rentedCost, i);
            ownedOption[i] = fill(ownedLowest, v, ownedCost, i);
        }
        double lo = tokens[0];
        double hi = tokens[points - 1];
        List<PathSweep.Marker> markers = new ArrayList<>();
        addSwitches(markers, PathSweep.Kind.RENTED_SWITCH, rentedLowest, lo, hi);
        addSwitches(markers, PathSweep.Kind.OWNED_SWITCH, ownedLowest, lo, hi);
        addCrossings(markers, PathSweep.Kind.API_RENTED, apiRented, "API", "Rented", lo, hi);
        addCrossings(markers, PathSweep.Kind.API_OWNED, apiOwned, "API", "Owned", lo, hi);
        addCrossings(markers, PathSweep.Kind.RENTED_OWNED, rentedOwned, "Rented", "Owned", lo, hi);
        markers.sort((x, y) -> Double.compare(x.tokens(), y.tokens()));
        return new PathSweep(
                tokens,
                apiCost,
                rentedCost,
                ownedCost,
                rentedOption,
                ownedOption,
                Optional.ofNullable(rentedLowest),
                Optional.ofNullable(ownedLowest),
                Optional.ofNullable(apiRented),
                Optional.ofNullable(apiOwned),
                Optional.ofNullable(rentedOwned),
                markers);
    }

    private static Crossover solve(PiecewiseCost a, PiecewiseCost b, double max, int budget) {
        return a == null || b == null ? null : Crossover.solve(a, b, max, budget);
    }

    private static int fill(Cheapest lowest, double tokens, double[] costs, int i) {
        if (lowest == null) {
            costs[i] = Double.NaN;
            return -1;
        }
        Cheapest.Choice choice = lowest.choiceAt(tokens);
        costs[i] = choice.cost();
        return choice.index();
    }

    private static void addSwitches(
            List<PathSweep.Marker> markers, PathSweep.Kind kind, Cheapest lowest, double lo, double hi) {
        if (lowest == null) {
            return;
        }
        for (Cheapest.Switch s : lowest.switches()) {
            if (s.tokens() >= lo && s.tokens() <= hi) {
                markers.add(new PathSweep.Marker(kind, s.tokens(), s.from().name(), s.to().name()));
            }
        }
    }

    /** A crossing of a and b names the cheaper path before it and after it. */
    private static void addCrossings(
            List<PathSweep.Marker> markers,
            PathSweep.Kind kind,
            Crossover crossover,
            String a,
            String b,
            double lo,
            double hi) {
        if (crossover == null) {
            return;
        }
        for (Crossover.Crossing c : crossover.crossings()) {
            if (c.tokens() >= lo && c.tokens() <= hi) {
                boolean bCheaperAfter = c.direction() == Crossover.Direction.A_REACHES_B;
                markers.add(new PathSweep.Marker(kind, c.tokens(), bCheaperAfter ? a : b, bCheaperAfter ? b : a));
            }
        }
    }

    private static void requireVolume(double tokens) {
        if (!(tokens >= 0) || !(tokens <= StepCost.LAST_EXACT_TOKEN)) {
            throw new IllegalArgumentException("tokens a month must be between 0 and 2^52: " + tokens);
        }
    }
}
