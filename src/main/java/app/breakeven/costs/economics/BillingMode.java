package app.breakeven.costs.economics;

/**
 * Which hours rented instances are paid for. With N instances sized for the peak, A active
 * hours and a runtime buffer u:
 * <pre>
 *   ALWAYS_ON      instance-hours = N x 730
 *   ACTIVE_WINDOW  instance-hours = N x A
 *   SCALE_TO_ZERO  instance-hours = min(N x A, busy instance-hours x (1 + u))
 *                  busy instance-hours = busy replica-hours / replicas an instance
 * </pre>
 * Scale-to-zero pays only for the work (plus start-up, warm-up and idle tails, the buffer),
 * never more than the peak-sized fleet running through the active window; the availability
 * floor and spare size that fleet and so only cap it.
 */
public enum BillingMode {
    ALWAYS_ON("always on"),
    ACTIVE_WINDOW("active hours only"),
    SCALE_TO_ZERO("scale to zero");

    private final String label;

    BillingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
