package app.breakeven.base;

import java.math.BigDecimal;

/**
 * Shares as people type them, in percent, and back: by moving the decimal point, not by
 * multiplying. 0.07 × 100 is 7.000000000000001 in binary floating point, which a field would
 * show and, divided again, save as 0.07000000000000001; 0.07 here is 7 and 7 is 0.07.
 * Not-a-number and infinities pass through as they are.
 */
public final class Percent {

    private Percent() {}

    /** The share in percent: 0.07 is 7. */
    public static double of(double share) {
        return Double.isFinite(share)
                ? BigDecimal.valueOf(share).movePointRight(2).doubleValue()
                : share;
    }

    /** The share of a percentage: 7 is 0.07. */
    public static double share(double percent) {
        return Double.isFinite(percent)
                ? BigDecimal.valueOf(percent).movePointLeft(2).doubleValue()
                : percent;
    }
}
