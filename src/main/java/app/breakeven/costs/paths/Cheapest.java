package app.breakeven.costs.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cheapest eligible option at every volume, as segments of whole tokens each served by one
 * option, with the exact volumes where another option gets strictly cheaper. Itself a
 * piecewise cost (the lower envelope of the options), so crossovers with other paths are solved
 * on the very function the chart draws. On an exact tie the option already in use is kept.
 */
public final class Cheapest implements PiecewiseCost {

    /** One way to serve the volume: a GPU, a replica size and an offer, say. */
    public record Option(String name, PiecewiseCost cost, boolean eligible) {

        public Option {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cost, "cost");
        }
    }

    /** An option priced at one volume; {@code index} is its place in the list given. */
    public record Choice(int index, Option option, double cost) {}

    /** Whole tokens from {@code from} up to, not including, {@code to} are served by the option. */
    public record Segment(double from, double to, int index, Option option) {}

    /**
     * At {@code tokens} the option {@code to} gets strictly cheaper than {@code from}; the costs of
     * both one token before and at the switch are the check.
     */
    public record Switch(
            double tokens, Option from, Option to, double fromBefore, double toBefore, double fromAt, double toAt) {}

    private final List<Option> options;
    private final List<Segment> segments;
    private final List<Switch> switches;
    private final double[] starts;
    private final double searchedTo;
    private final double verifiedTo;
    private final int bandsExamined;

    private Cheapest(
            List<Option> options,
            List<Segment> segments,
            List<Switch> switches,
            double searchedTo,
            double verifiedTo,
            int bandsExamined) {
        this.options = options;
        this.segments = List.copyOf(segments);
        this.switches = List.copyOf(switches);
        this.starts = segments.stream().mapToDouble(Segment::from).toArray();
        this.searchedTo = searchedTo;
        this.verifiedTo = verifiedTo;
        this.bandsExamined = bandsExamined;
    }

    /**
     * The cheapest eligible option at one volume, without any search: the lowest cost, on a tie
     * the earlier in the list.
     *
     * @return empty when no option is eligible
     */
    public static Optional<Choice> at(List<Option> options, double tokens) {
        int best = argmin(options, tokens);
        return best < 0
                ? Optional.empty()
                : Optional.of(new Choice(
                        best, options.get(best), options.get(best).cost().at(tokens)));
    }

    private static int argmin(List<Option> options, double tokens) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0, n = options.size(); i < n; i++) {
            Option option = options.get(i);
            if (option.eligible()) {
                double cost = option.cost().at(tokens);
                if (best < 0 || cost < bestCost) {
                    best = i;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    public static Optional<Cheapest> of(List<Option> options) {
        return of(options, Crossover.MAX_TOKENS_PER_MONTH, Crossover.DEFAULT_BUDGET);
    }

    /**
     * The cheapest eligible option from 0 to {@code maxTokensPerMonth}. From the option in use at
     * a volume, the next switch is the first token at which any other option is strictly
     * cheaper, each found by the band-by-band search of {@link Crossover}; there the cheapest
     * option takes over.
     *
     * @param budget bands all the searches together may examine; when it runs out the segments
     *               end at {@link #verifiedTo()}
     * @return empty when no option is eligible
     */
    public static Optional<Cheapest> of(List<Option> options, double maxTokensPerMonth, int budget) {
        Crossover.requireSearch(maxTokensPerMonth, budget);
        List<Option> all = List.copyOf(options);
        int best = argmin(all, 0);
        if (best < 0) {
            return Optional.empty();
        }
        double max = Math.floor(maxTokensPerMonth);
        Crossover.Budget left = new Crossover.Budget(budget);
        List<Segment> segments = new ArrayList<>();
        List<Switch> switches = new ArrayList<>();
        List<Crossover.Crossing> found = new ArrayList<>(1);
        double from = 0;
        while (true) {
            PiecewiseCost current = all.get(best).cost();
            double next = Double.POSITIVE_INFINITY;
            double limit = Math.min(max, Math.floor(current.knownTo()));
            double verified = limit;
            for (int j = 0, n = all.size(); j < n; j++) {
                Option other = all.get(j);
                if (j == best || !other.eligible()) {
                    continue;
                }
                double to = Math.min(limit, Math.floor(other.cost().knownTo()));
                double reached = Crossover.walk(other.cost(), current, from, to, left, true, found);
                if (!found.isEmpty()) {
                    next = found.get(0).tokens();
                    limit = next - 1;
                    verified = Math.min(verified, limit);
                    found.clear();
                } else if (reached < limit) {
                    verified = Math.min(verified, reached);
                }
            }
            if (next == Double.POSITIVE_INFINITY || verified < next - 1) {
                double end = Math.min(verified, next - 1);
                segments.add(new Segment(from, end + 1, best, all.get(best)));
                return Optional.of(new Cheapest(all, segments, switches, max, end, budget - left.left));
            }
            int taker = argmin(all, next);
            segments.add(new Segment(from, next, best, all.get(best)));
            PiecewiseCost successor = all.get(taker).cost();
            switches.add(new Switch(
                    next,
                    all.get(best),
                    all.get(taker),
                    current.at(next - 1),
                    successor.at(next - 1),
                    current.at(next),
                    successor.at(next)));
            best = taker;
            from = next;
        }
    }

    public List<Option> options() {
        return options;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Switch> switches() {
        return switches;
    }

    public double searchedTo() {
        return searchedTo;
    }

    /** Every band up to here was examined: the segments hold to this volume. */
    public double verifiedTo() {
        return verifiedTo;
    }

    public boolean complete() {
        return verifiedTo >= searchedTo;
    }

    public int bandsExamined() {
        return bandsExamined;
    }

    private int segmentAt(double tokens) {
        int i = java.util.Arrays.binarySearch(starts, tokens);
        return i >= 0 ? i : -i - 2;
    }

    /** The option serving the volume: its segment's, or beyond the verified range the cheapest there. */
    public Choice choiceAt(double tokens) {
        if (tokens > verifiedTo) {
            return at(options, tokens).orElseThrow();
        }
        Segment segment = segments.get(Math.max(0, segmentAt(tokens)));
        return new Choice(
                segment.index(), segment.option(), segment.option().cost().at(tokens));
    }

    @Override
    public double at(double tokens) {
        return choiceAt(tokens).cost();
    }

    @Override
    public double lastOfBand(double token) {
        if (token > verifiedTo) {
            return token;
        }
        Segment segment = segments.get(Math.max(0, segmentAt(token)));
        return Math.min(segment.to() - 1, segment.option().cost().lastOfBand(token));
    }

    @Override
    public Bound bound(double token) {
        if (token > verifiedTo) {
            return null;
        }
        Segment segment = segments.get(Math.max(0, segmentAt(token)));
        Bound bound = segment.option().cost().bound(token);
        return bound == null
                ? null
                : new Bound(Math.min(bound.until(), segment.to() - 1), bound.intercept(), bound.slope(), bound.width());
    }

    @Override
    public double knownTo() {
        return verifiedTo;
    }
}
