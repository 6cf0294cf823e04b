package app.breakeven.base.ui.chart;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a series' points with twelve significant digits instead of a double's seventeen. The
 * browser reads them back exactly enough for every use: on a log axis, a dollar figure below
 * $400M comes back to the cent in the chart's CSV ({@code 10^y} is off by at most 1.2e-11 of
 * itself), a linear dollar figure below $10B is exact to the cent, and a chart is a few hundred
 * pixels. A slider step's chart is about a fifth shorter, and the server writes it twice (the
 * spec, then the response around it).
 */
final class ChartNumbers extends ValueSerializer<double[][]> {

    static final int SIGNIFICANT_DIGITS = 12;
    /** 10^0 to 10^15, each an exact double: the scales {@link #round} multiplies by. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    @Override
    public void serialize(double[][] points, JsonGenerator json, SerializationContext context) {
        json.writeStartArray();
        for (double[] point : points) {
            json.writeStartArray();
            for (double value : point) {
                json.writeNumber(round(value));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /**
     * {@code value} to {@link #SIGNIFICANT_DIGITS} significant digits, as the nearest double, so
     * it prints in that many digits. Non-finite values and zero are as they are.
     */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = SIGNIFICANT_DIGITS - 1 - magnitude;
        if (decimals <= 0 || decimals > 15) {
            // Whole numbers of twelve digits and more, or below 1e-4: a double's own digits.
            return decimals <= 0 ? Math.rint(value) : value;
        }
        // Both the scale and the rounded whole number are exact doubles (below 2^53), and IEEE
        // division rounds correctly, so the result is the double nearest the short decimal.
        double scale = POWERS_OF_TEN[decimals];
        return Math.rint(value * scale) / scale;
    }
}
