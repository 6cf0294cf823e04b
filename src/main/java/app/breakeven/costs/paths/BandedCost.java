package app.breakeven.costs.paths;

import java.util.Arrays;

/**
 * A cost given band by band: edges V_1 &lt; ... &lt; V_k, band 0 is [0, V_1], band i is
 * (V_i, V_i+1], the last (V_k, infinity); band i costs intercepts[i] + slopes[i] x V.
 */
public final class BandedCost implements PiecewiseCost {

    private final double[] edges;
    private final double[] intercepts;
    private final double[] slopes;

    BandedCost(double[] edges, double[] intercepts, double[] slopes) {
        this.edges = edges.clone();
        this.intercepts = intercepts.clone();
        this.slopes = slopes.clone();
        if (this.intercepts.length != this.edges.length + 1 || this.slopes.length != this.edges.length + 1) {
            throw new IllegalArgumentException(
                    "k edges make k + 1 bands, each with an intercept and a slope: " + this.edges.length + " edges, "
                            + this.intercepts.length + " intercepts, " + this.slopes.length + " slopes");
        }
        for (int i = 0; i < this.edges.length; i++) {
            double edge = this.edges[i];
            if (!(edge > 0) || Double.isInfinite(edge) || (i > 0 && !(edge > this.edges[i - 1]))) {
                throw new IllegalArgumentException("band edges must be finite, above 0 and rising: " + edge);
            }
        }
        for (int i = 0; i < this.intercepts.length; i++) {
            if (!Double.isFinite(this.intercepts[i]) || !Double.isFinite(this.slopes[i])) {
                throw new IllegalArgumentException("band " + i + " needs a finite intercept and slope");
            }
        }
    }

    static BandedCost linear(double fixed, double perToken) {
        return new BandedCost(new double[0], new double[] {fixed}, new double[] {perToken});
    }

    /** The band holding V: the number of edges below V. */
    private int band(double tokens) {
        int i = Arrays.binarySearch(edges, tokens);
        return i >= 0 ? i : -i - 1;
    }

    public int bands() {
        return intercepts.length;
    }

    @Override
    public double at(double tokens) {
        int i = band(tokens);
        return intercepts[i] + slopes[i] * tokens;
    }

    @Override
    public double lastOfBand(double token) {
        int i = band(token);
        return i == edges.length ? Double.POSITIVE_INFINITY : Math.floor(edges[i]);
    }

    /** The last band is a line, exactly. */
    @Override
    public Bound bound(double token) {
        int i = band(token);
        return i == edges.length ? new Bound(Double.POSITIVE_INFINITY, intercepts[i], slopes[i], 0) : null;
    }
}
