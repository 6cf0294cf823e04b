package app.breakeven.costs.economics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one path costs a month at one volume under one lens, itemised.
 *
 * @param path           API, rented or owned
 * @param lens           which lines are counted
 * @param option         what is priced: the model at a provider, an instance offer, a server offer
 * @param capacity       how the replicas and machines were counted, with the numbers
 * @param tokensPerMonth the volume, billed tokens (input plus output) a month
 * @param replicas       replicas run; 0 on the API path
 * @param machines       instances rented or servers owned; 0 on the API path
 * @param monthly        dollars a month: the sum of the lines, in their order
 * @param lines          the counted lines
 */
public record PathCost(
        Path path,
        CostLens lens,
        String option,
        String capacity,
        double tokensPerMonth,
        long replicas,
        long machines,
        double monthly,
        List<CostLine> lines) {

    public PathCost {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(capacity, "capacity");
        lines = List.copyOf(lines);
        double sum = 0;
        for (CostLine line : lines) {
            sum += line.monthly();
        }
        if (sum != monthly) {
            throw new IllegalArgumentException("the total " + monthly + " is not the sum of its lines " + sum);
        }
    }

    /** The line of that name, if counted. */
    public java.util.Optional<CostLine> line(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The three ways to serve the tokens. */
    public enum Path {
        API("API"),
        RENTED("Rented"),
        OWNED("Owned");

        private final String label;

        Path(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Collects the lines a lens counts, in order, and totals them. */
    static final class Builder {

        private final CostLens lens;
        private final List<CostLine> lines = new ArrayList<>();
        private double total;

        Builder(CostLens lens) {
            this.lens = lens;
        }

        void add(String name, double monthly, String formula, String source, LocalDate asOf, CostLine.Kind kind) {
            if (lens.counts(kind)) {
                lines.add(new CostLine(name, monthly, formula, source, asOf, kind));
                total += monthly;
            }
        }

        PathCost build(Path path, String option, String capacity, double tokensPerMonth, long replicas, long machines) {
            return new PathCost(path, lens, option, capacity, tokensPerMonth, replicas, machines, total, lines);
        }
    }
}
