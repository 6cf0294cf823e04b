package app.breakeven.costs.uncertainty;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The Monte Carlo: N draws of every input at once, each priced by the {@link CostModel}. A
 * draw holds for the whole horizon (a price does not jump from month to month). Percentiles
 * are nearest-rank: with the N values sorted, P_q is the ceil(q x N)-th.
 *
 * @param draws                  how many draws
 * @param seed                   the seed they came from
 * @param apiNow                 the API a month at the volume
 * @param selfHostNow            self-hosting a month at the volume
 * @param savingNow              API - self-host a month at the volume
 * @param probabilityCheaperNow  share of draws in which self-hosting costs less at the volume
 * @param savedToDate            P10 / P50 / P90 of what self-hosting has saved by each month, migration paid
 * @param probabilityCheaperByMonth share of draws in which self-hosting costs less, month by month
 * @param breakEvenVolume        tokens a day; a percentile that falls on a draw never reaching it is infinite
 * @param breakEvenVolumes       histogram of the break-even volume on a log scale
 * @param breakEvenMonth         first month (from 0) self-hosting costs less; infinite where never within the horizon
 * @param breakEvenMonths        histogram by month, draws that never get there beyond
 * @param horizonSaving          what self-hosting saves over the horizon, migration paid
 * @param probabilitySelfHostWins share of draws with a horizon saving above 0
 */
public record Simulation(
        int draws,
        long seed,
        Percentiles apiNow,
        Percentiles selfHostNow,
        Percentiles savingNow,
        double probabilityCheaperNow,
        List<Percentiles> savedToDate,
        double[] probabilityCheaperByMonth,
        Percentiles breakEvenVolume,
        Histogram breakEvenVolumes,
        Percentiles breakEvenMonth,
        Histogram breakEvenMonths,
        Percentiles horizonSaving,
        double probabilitySelfHostWins) {

    public static final int MIN_DRAWS = 1_000;
    public static final int MAX_DRAWS = 100_000;
    public static final int DEFAULT_DRAWS = 10_000;
    /** Draws between progress reports and cancellation checks. */
    static final int CHUNK = 1_000;

    /** P10, P50 and P90. */
    public record Percentiles(double p10, double p50, double p90) {}

    /**
     * Counts between bin edges: bin i holds values in [edges[i], edges[i + 1]), the last bin
     * closed; {@code beyond} counts draws with no value (a break-even never reached).
     */
    public record Histogram(double[] edges, int[] counts, int beyond) {}

    public static Simulation run(UncertainModel model, int draws, long seed) {
        return run(model, draws, seed, done -> {}, () -> false);
    }

    /**
     * @param progress  told the draws done after every chunk of {@value #CHUNK}
     * @param cancelled asked after every chunk; true stops the run
     * @throws CancellationException when cancelled
     */
    public static Simulation run(
            UncertainModel model, int draws, long seed, IntConsumer progress, BooleanSupplier cancelled) {
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be from 1,000 to 100,000: " + draws);
        }
        List<Factor> factors = model.factors();
        int inputs = factors.size();
        double[][] uniforms = new double[inputs][];
        for (int i = 0; i < inputs; i++) {
            uniforms[i] = factors.get(i).range().certain()
                    ? null
                    : Draws.uniforms(seed, factors.get(i).key(), draws);
        }
        int months = model.horizonMonths();
        double[][] toDate = new double[months][draws];
        double[] api = new double[draws];
        double[] self = new double[draws];
        double[] saving = new double[draws];
        double[] breakEven = new double[draws];
        double[] firstMonth = new double[draws];
        double[] horizon = new double[draws];
        int[] cheaperByMonth = new int[months];
        int cheaperNow = 0;
        int wins = 0;
        double[] values = model.likely();
        double[] monthly = new double[months];
        for (int j = 0; j < draws; j++) {
            if (j % CHUNK == 0 && j > 0) {
                progress.accept(j);
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("the simulation was cancelled after " + j + " draws");
                }
            }
            for (int i = 0; i < inputs; i++) {
                if (uniforms[i] != null) {
                    values[i] = factors.get(i).range().quantile(uniforms[i][j]);
                }
            }
            CostModel.Outcome o = model.evaluate(values, monthly);
            api[j] = o.apiNow();
            self[j] = o.selfHostNow();
            saving[j] = o.savingNow();
            breakEven[j] = o.breakEvenVolume();
            firstMonth[j] = o.firstCheaperMonth() < 0 ? Double.POSITIVE_INFINITY : o.firstCheaperMonth();
            horizon[j] = o.horizonSaving();
            cheaperNow += o.selfHostNow() < o.apiNow() ? 1 : 0;
            wins += o.selfHostWins() ? 1 : 0;
            double sum = -model.upfront(values);
            for (int m = 0; m < months; m++) {
                sum += monthly[m];
                toDate[m][j] = sum;
                cheaperByMonth[m] += monthly[m] > 0 ? 1 : 0;
            }
        }
        progress.accept(draws);
        Percentiles[] fan = new Percentiles[months];
        double[] probabilityByMonth = new double[months];
        for (int m = 0; m < months; m++) {
            fan[m] = percentiles(toDate[m]);
            probabilityByMonth[m] = cheaperByMonth[m] / (double) draws;
        }
        return new Simulation(
                draws,
                seed,
                percentiles(api),
                percentiles(self),
                percentiles(saving),
                cheaperNow / (double) draws,
                List.of(fan),
                probabilityByMonth,
                percentiles(breakEven.clone()),
                logHistogram(breakEven, 20),
                percentiles(firstMonth.clone()),
                monthHistogram(firstMonth, months),
                percentiles(horizon),
                wins / (double) draws);
    }

    /** Nearest-rank P10, P50 and P90; reorders {@code values}. */
    static Percentiles percentiles(double[] values) {
        int n = values.length;
        double p10 = Select.kth(values, rank(0.10, n));
        double p50 = Select.kth(values, rank(0.50, n));
        double p90 = Select.kth(values, rank(0.90, n));
        return new Percentiles(p10, p50, p90);
    }

    /** The 0-based index of the ceil(q x n)-th smallest. */
    static int rank(double q, int n) {
        return Math.max(0, (int) Math.ceil(q * n) - 1);
    }

    /** Finite values in {@code bins} bins equally wide on a log10 scale; zeros in the first bin. */
    static Histogram logHistogram(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int beyond = 0;
        for (double v : values) {
            if (Double.isInfinite(v)) {
                beyond++;
            } else if (v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new Histogram(new double[] {0, 1}, new int[] {values.length - beyond}, beyond);
        }
        double logLo = StrictMath.log10(lo);
        double logHi = StrictMath.log10(hi);
        if (logHi - logLo < 1e-9) {
            int finite = values.length - beyond;
            return new Histogram(new double[] {lo, hi}, new int[] {finite}, beyond);
        }
        double width = (logHi - logLo) / bins;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = StrictMath.pow(10, logLo + b * width);
        }
        int[] counts = new int[bins];
        for (double v : values) {
            if (!Double.isInfinite(v)) {
                int b = v <= lo ? 0 : (int) ((StrictMath.log10(v) - logLo) / width);
                counts[Math.min(b, bins - 1)]++;
            }
        }
        return new Histogram(edges, counts, beyond);
    }

    /** One bin a month, from 0; draws never cheaper within the horizon beyond. */
    static Histogram monthHistogram(double[] months, int horizon) {
        double[] edges = new double[horizon + 1];
        for (int m = 0; m <= horizon; m++) {
            edges[m] = m;
        }
        int[] counts = new int[horizon];
        int beyond = 0;
        for (double m : months) {
            if (Double.isInfinite(m)) {
                beyond++;
            } else {
                counts[(int) m]++;
            }
        }
        return new Histogram(edges, counts, beyond);
    }
}
