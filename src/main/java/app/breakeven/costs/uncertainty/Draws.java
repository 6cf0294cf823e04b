package app.breakeven.costs.uncertainty;

/**
 * Uniform draws in (0, 1) from SplitMix64, one stream an input: the stream starts from the
 * seed mixed with the input's key, so an input gets the same draws whatever other inputs there
 * are. Two scenarios run with one seed therefore share their draws input by input (common
 * random numbers), and a difference between them is not noise.
 */
public final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Draws() {}

    /** {@code n} draws for the input {@code key}. */
    public static double[] uniforms(long seed, String key, int n) {
        long state = mix(seed ^ mix(stableHash(key)));
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            state += GOLDEN;
            // The top 53 bits, centred in their cell so neither 0 nor 1 is ever drawn.
            u[i] = ((mix(state) >>> 11) + 0.5) * 0x1.0p-53;
        }
        return u;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the key's UTF-16 units: fixed by this code, not by a library. */
    static long stableHash(String key) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }
}
