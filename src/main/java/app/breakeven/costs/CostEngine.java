package app.breakeven.costs;

import app.breakeven.costs.CostRange.Level;

/** Evaluates a {@link CostProfile} at one volume, over a range of volumes and over time. */
public final class CostEngine {

    private CostEngine() {}

    public static Evaluation evaluate(CostProfile profile, double tokensPerDay) {
        return evaluate(profile, tokensPerDay, BreakEven.of(profile, true), BreakEven.of(profile, false));
    }

    /** As {@link #evaluate(CostProfile, double)}, reusing break-evens already solved for this profile. */
    public static Evaluation evaluate(CostProfile profile, double tokensPerDay, BreakEven full, BreakEven gpuOnly) {
        requireVolume(tokensPerDay);
        int deployments = profile.deployments(tokensPerDay);
        double api = profile.apiMonthly(tokensPerDay);
        // The same arithmetic as the sweep, so a chart point and a headline never disagree.
        CostRange gpu = new CostRange(
                profile.selfHostAt(deployments, Level.LOW, false), profile.selfHostAt(deployments, Level.HIGH, false));
        CostRange selfHost = new CostRange(
                profile.selfHostAt(deployments, Level.LOW, true), profile.selfHostAt(deployments, Level.HIGH, true));
        CostRange hidden = profile.hiddenPerDeployment().times(deployments).plus(profile.hiddenFixed());
        return new Evaluation(
                tokensPerDay,
                profile.tokensPerMonth(tokensPerDay),
                profile.blendedPerMillion(),
                api,
                deployments,
                gpu,
                hidden,
                selfHost,
                full,
                gpuOnly,
                Verdict.compare(api, selfHost),
                Verdict.compare(api, gpu));
    }

    /**
     * Monthly costs at {@code points} volumes spaced evenly on a log scale from
     * {@code fromTokensPerDay} to {@code toTokensPerDay}, as a chart draws them.
     */
    public static Sweep sweep(CostProfile profile, double fromTokensPerDay, double toTokensPerDay, int points) {
        requireVolume(fromTokensPerDay);
        requireVolume(toTokensPerDay);
        if (!(fromTokensPerDay > 0) || !(toTokensPerDay > fromTokensPerDay) || points < 2) {
            throw new IllegalArgumentException("a sweep needs 0 < from < to and at least 2 points");
        }
        double[] volume = new double[points];
        double[] api = new double[points];
        double[] fullLow = new double[points];
        double[] fullHigh = new double[points];
        double[] gpuLow = new double[points];
        double[] gpuHigh = new double[points];
        double logFrom = Math.log(fromTokensPerDay);
        double step = (Math.log(toTokensPerDay) - logFrom) / (points - 1);
        for (int i = 0; i < points; i++) {
            double v = i == 0 ? fromTokensPerDay : i == points - 1 ? toTokensPerDay : Math.exp(logFrom + step * i);
            int n = profile.deployments(v);
            volume[i] = v;
            api[i] = profile.apiMonthly(v);
            fullLow[i] = profile.selfHostAt(n, Level.LOW, true);
            fullHigh[i] = profile.selfHostAt(n, Level.HIGH, true);
            gpuLow[i] = profile.selfHostAt(n, Level.LOW, false);
            gpuHigh[i] = profile.selfHostAt(n, Level.HIGH, false);
        }
        return new Sweep(volume, api, fullLow, fullHigh, gpuLow, gpuHigh);
    }

    /** Month-by-month costs while volume grows, with no move off the API. */
    public static Growth grow(CostProfile profile, double startTokensPerDay, double growthPerMonth, int months) {
        return grow(profile, startTokensPerDay, growthPerMonth, months, new HybridPolicy(Double.MAX_VALUE, 1, 0));
    }

    /**
     * Month-by-month costs while volume grows: month m (from 0) runs at V0 x (1 + g)^m.
     * Three paths: the API throughout, self-hosting throughout (deployments step up with
     * volume), and the hybrid policy, which moves once volume has held at or above its
     * threshold for its months in a row, paying the migration in the month of the move.
     *
     * @param growthPerMonth g, for example 0.10 for 10% a month; above -1
     * @param months         the horizon, at least 1
     */
    public static Growth grow(
            CostProfile profile, double startTokensPerDay, double growthPerMonth, int months, HybridPolicy hybrid) {
        requireVolume(startTokensPerDay);
        if (!(growthPerMonth > -1) || Double.isInfinite(growthPerMonth)) {
            throw new IllegalArgumentException("growth per month must be above -100%: " + growthPerMonth);
        }
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("the horizon must be between 1 and 600 months: " + months);
        }
        double[] volume = new double[months];
        int[] deployments = new int[months];
        double[] api = new double[months];
        double[] selfHost = new double[months];
        double[] selfLow = new double[months];
        double[] selfHigh = new double[months];
        double[] mixed = new double[months];
        double[] apiCumulative = new double[months];
        double[] selfHostCumulative = new double[months];
        double[] hybridCumulative = new double[months];
        int firstCheaper = -1;
        int switchMonth = -1;
        int payback = -1;
        int monthsAbove = 0;
        for (int m = 0; m < months; m++) {
            double v = startTokensPerDay * Math.pow(1 + growthPerMonth, m);
            volume[m] = v;
            deployments[m] = profile.deployments(v);
            api[m] = profile.apiMonthly(v);
            selfHost[m] = profile.selfHostAt(deployments[m], Level.MID, true);
            selfLow[m] = profile.selfHostAt(deployments[m], Level.LOW, true);
            selfHigh[m] = profile.selfHostAt(deployments[m], Level.HIGH, true);
            if (switchMonth < 0 && monthsAbove >= hybrid.consecutiveMonths()) {
                switchMonth = m;
            }
            mixed[m] = switchMonth < 0 ? api[m] : selfHost[m] + (m == switchMonth ? hybrid.migrationCost() : 0);
            monthsAbove = v >= hybrid.thresholdTokensPerDay() ? monthsAbove + 1 : 0;
            apiCumulative[m] = (m == 0 ? 0 : apiCumulative[m - 1]) + api[m];
            selfHostCumulative[m] = (m == 0 ? 0 : selfHostCumulative[m - 1]) + selfHost[m];
            hybridCumulative[m] = (m == 0 ? 0 : hybridCumulative[m - 1]) + mixed[m];
            if (firstCheaper < 0 && selfHost[m] < api[m]) {
                firstCheaper = m;
            }
            if (payback < 0 && switchMonth >= 0 && hybridCumulative[m] <= apiCumulative[m]) {
                payback = m;
            }
        }
        return new Growth(
                volume,
                deployments,
                api,
                selfHost,
                selfLow,
                selfHigh,
                mixed,
                apiCumulative,
                selfHostCumulative,
                hybridCumulative,
                firstCheaper,
                switchMonth,
                payback);
    }

    private static void requireVolume(double tokensPerDay) {
        if (!(tokensPerDay >= 0) || Double.isInfinite(tokensPerDay)) {
            throw new IllegalArgumentException("tokens per day must be a finite number of at least 0: " + tokensPerDay);
        }
    }
}
