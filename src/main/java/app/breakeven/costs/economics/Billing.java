package app.breakeven.costs.economics;

import java.util.Objects;

/**
 * How rented instances are billed.
 *
 * @param mode          which hours are paid for
 * @param runtimeBuffer share added to the busy hours under scale-to-zero (start-up, warm-up,
 *                      idle tails), at least 0; ignored by the other modes
 */
public record Billing(BillingMode mode, double runtimeBuffer) {

    public static final Billing ALWAYS_ON = new Billing(BillingMode.ALWAYS_ON, 0);

    public Billing {
        Objects.requireNonNull(mode, "mode");
        if (!(runtimeBuffer >= 0 && runtimeBuffer <= 10)) {
            throw new IllegalArgumentException("runtime buffer must be between 0 and 10 (1,000%): " + runtimeBuffer);
        }
    }
}
