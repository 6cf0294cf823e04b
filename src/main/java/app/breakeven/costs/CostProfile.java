package app.breakeven.costs;

import app.breakeven.costs.CostRange.Level;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a scenario except its volume, reduced to the few numbers the cost
 * functions need. Build it once per change of model, tier or assumptions; evaluating a
 * volume against it is then a handful of multiplications, cheap enough for every slider
 * event and every point of a chart.
 *
 * <p>With V in tokens a day:
 * <pre>
 *   API(V)         = V x apiDollarsPerDailyToken
 *   deployments(V) = max(1, ceil(V / tokensPerDayPerDeployment))
 *   selfHost(V)    = deployments(V) x perDeployment + fixed
 * </pre>
 */
public final class CostProfile {

    /** Volumes beyond this are not searched for a break-even: 100 billion tokens a day. */
    public static final double MAX_TOKENS_PER_DAY = 100e9;

    private final ApiPrice price;
    private final GpuTier tier;
    private final Deployment deployment;
    private final Workload workload;
    private final List<HiddenCost> hiddenCosts;

    private final double blendedPerMillion;
    private final double apiDollarsPerDailyToken;
    private final double tokensPerDayPerDeployment;
    private final CostRange gpuPerDeployment;
    private final CostRange hiddenPerDeployment;
    private final CostRange hiddenFixed;

    public CostProfile(
            ApiPrice price, GpuTier tier, Deployment deployment, Workload workload, List<HiddenCost> hiddenCosts) {
        this.price = Objects.requireNonNull(price, "price");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.deployment = Objects.requireNonNull(deployment, "deployment");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.hiddenCosts = List.copyOf(hiddenCosts);

        blendedPerMillion = price.blendedPerMillion(workload.inputShare());
        apiDollarsPerDailyToken = workload.daysPerMonth() * blendedPerMillion / 1_000_000;
        tokensPerDayPerDeployment = tier.tokensPerSecond() * 86_400 * workload.utilization() / workload.peakFactor();
        gpuPerDeployment = tier.monthly(deployment);
        CostRange perDeployment = CostRange.ZERO;
        CostRange fixed = CostRange.ZERO;
        for (HiddenCost cost : this.hiddenCosts) {
            if (!cost.appliesTo(deployment)) {
                continue;
            }
            if (cost.basis() == HiddenCost.Basis.PER_DEPLOYMENT) {
                perDeployment = perDeployment.plus(cost.monthly());
            } else {
                fixed = fixed.plus(cost.monthly());
            }
        }
        hiddenPerDeployment = perDeployment;
        hiddenFixed = fixed;
    }

    public ApiPrice price() {
        return price;
    }

    public GpuTier tier() {
        return tier;
    }

    public Deployment deployment() {
        return deployment;
    }

    public Workload workload() {
        return workload;
    }

    public List<HiddenCost> hiddenCosts() {
        return hiddenCosts;
    }

    public double blendedPerMillion() {
        return blendedPerMillion;
    }

    /** Tokens a day one deployment serves at the target utilization and peak factor. */
    public double tokensPerDayPerDeployment() {
        return tokensPerDayPerDeployment;
    }

    public CostRange gpuPerDeployment() {
        return gpuPerDeployment;
    }

    public CostRange hiddenPerDeployment() {
        return hiddenPerDeployment;
    }

    public CostRange hiddenFixed() {
        return hiddenFixed;
    }

    public double tokensPerMonth(double tokensPerDay) {
        return tokensPerDay * workload.daysPerMonth();
    }

    public double apiMonthly(double tokensPerDay) {
        return tokensPerDay * apiDollarsPerDailyToken;
    }

    /**
     * Deployments this volume needs, uncapped. Above {@link Integer#MAX_VALUE} the volume
     * cannot be priced: {@link #deployments} stops counting there.
     */
    public double deploymentsNeeded(double tokensPerDay) {
        return Math.max(1, Math.ceil(tokensPerDay / tokensPerDayPerDeployment));
    }

    public int deployments(double tokensPerDay) {
        return (int) Math.min(deploymentsNeeded(tokensPerDay), Integer.MAX_VALUE);
    }

    /** Self-host cost a month at one end of the ranges; {@code full} adds the hidden costs to the GPUs. */
    public double selfHostMonthly(double tokensPerDay, Level level, boolean full) {
        return selfHostAt(deployments(tokensPerDay), level, full);
    }

    double selfHostAt(int deployments, Level level, boolean full) {
        double perDeployment = gpuPerDeployment.at(level);
        double fixed = 0;
        if (full) {
            perDeployment += hiddenPerDeployment.at(level);
            fixed = hiddenFixed.at(level);
        }
        return deployments * perDeployment + fixed;
    }

    /**
     * The smallest volume at which self-hosting costs no more than the API, solved on the
     * step function rather than sampled: within a band of n deployments self-host cost is
     * the constant n x c + F while the API grows as k x V, so the band breaks even at
     * (n x c + F) / k if that volume still fits n deployments, that is when
     * n x (k x U - c) >= F. The first such n is ceil(F / (k x U - c)).
     *
     * @return tokens a day, or {@link Double#POSITIVE_INFINITY} when not reached up to
     *         {@link #MAX_TOKENS_PER_DAY}
     */
    public double breakEven(Level level, boolean full) {
        double c = gpuPerDeployment.at(level) + (full ? hiddenPerDeployment.at(level) : 0);
        double f = full ? hiddenFixed.at(level) : 0;
        return breakEven(apiDollarsPerDailyToken, tokensPerDayPerDeployment, c, f);
    }

    /**
     * The smallest volume at which self-hosting is no dearer than the API, with k the API's
     * dollars a month per daily token, u a deployment's tokens a day, c a deployment's dollars
     * a month and f the fixed dollars a month; {@code POSITIVE_INFINITY} when not reached up to
     * {@link #MAX_TOKENS_PER_DAY}. Self-hosting costs max(1, ceil(V / u)) x c + f.
     */
    public static double breakEven(double k, double u, double c, double f) {
        if (c == 0 && f == 0) {
            return 0;
        }
        double marginPerDeployment = k * u - c;
        if (!(marginPerDeployment > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double bands = Math.max(1, Math.ceil(f / marginPerDeployment));
        if (bands > MAX_TOKENS_PER_DAY / u + 1) {
            return Double.POSITIVE_INFINITY;
        }
        int n = (int) bands;
        double volume = Math.min((n * c + f) / k, n * u);
        // Settle floating-point rounding so the answer agrees with the cost functions exactly:
        // self-host no dearer at the volume, dearer one step below it.
        for (int i = 0; i < 16 && !noDearer(volume, k, u, c, f); i++) {
            volume = deployments(volume, u) > n ? Math.nextDown(volume) : Math.nextUp(volume);
        }
        for (int i = 0; i < 16 && volume > 0 && noDearer(Math.nextDown(volume), k, u, c, f); i++) {
            volume = Math.nextDown(volume);
        }
        return volume > MAX_TOKENS_PER_DAY ? Double.POSITIVE_INFINITY : volume;
    }

    /** Deployments for a volume: max(1, ceil(V / u)), at most {@code Integer.MAX_VALUE}. */
    public static int deployments(double tokensPerDay, double tokensPerDayPerDeployment) {
        return (int) Math.min(Math.max(1, Math.ceil(tokensPerDay / tokensPerDayPerDeployment)), Integer.MAX_VALUE);
    }

    private static boolean noDearer(double v, double k, double u, double c, double f) {
        return deployments(v, u) * c + f <= v * k;
    }
}
