package app.breakeven.costs.uncertainty;

/** The k-th smallest of an array in expected linear time (Hoare's quickselect, median-of-three pivots). */
final class Select {

    private Select() {}

    /** The value that would be at index k were the array sorted; reorders the array. */
    static double kth(double[] a, int k) {
        if (k < 0 || k >= a.length) {
            throw new IllegalArgumentException("index " + k + " outside 0.." + (a.length - 1));
        }
        int lo = 0;
        int hi = a.length - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (Double.compare(a[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(a[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double median(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
