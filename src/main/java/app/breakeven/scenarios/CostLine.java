package app.breakeven.scenarios;

/** One part of the self-host bill for a month: the GPUs, or one hidden cost category. */
public record CostLine(String name, double low, double high) {

    public double mid() {
        return (low + high) / 2;
    }
}
