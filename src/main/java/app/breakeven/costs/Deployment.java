package app.breakeven.costs;

/** Where self-hosted GPUs run: rented in a cloud, or owned and amortized on premises. */
public enum Deployment {
    CLOUD,
    ON_PREM
}
