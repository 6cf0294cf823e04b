package app.breakeven.costs.economics;

/**
 * How many replicas run whatever the load: a floor, and an optional spare beyond those that
 * carry the peak.
 * <pre>
 *   replicas = max(minimum, serving + (spare ? 1 : 0))
 * </pre>
 * The floor bounds the total rather than adding to the spare: a minimum of two already keeps
 * one replica serving while the other fails, so N+1 over one serving replica is also two.
 *
 * @param minimumReplicas at least 1
 * @param spare           N+1: one replica more than the peak needs
 */
public record Availability(int minimumReplicas, boolean spare) {

    /** One replica at least, no spare: the article's assumption. */
    public static final Availability SINGLE = new Availability(1, false);

    public Availability {
        if (minimumReplicas < 1 || minimumReplicas > 10_000) {
            throw new IllegalArgumentException("minimum replicas must be between 1 and 10,000: " + minimumReplicas);
        }
    }

    /** Replicas to run for {@code serving} replicas that carry the peak. */
    public long replicas(long serving) {
        return Math.max(minimumReplicas, serving + (spare ? 1 : 0));
    }
}
