package app.breakeven.costs.uncertainty;

import app.breakeven.costs.CostProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's costs as a function of its uncertain inputs, the arithmetic of
 * {@link CostProfile} and {@link app.breakeven.costs.CostEngine#grow} on one set of values:
 * <pre>
 *   k = days a month x API price / 1,000,000             (dollars a month per daily token)
 *   u = throughput x 86,400 x utilization / peak factor  (a deployment's tokens a day)
 *   c = GPU a deployment + hidden costs a deployment
 *   f = fixed hidden costs + engineering share x engineer cost
 *   API(V) = V x k,   self-host(V) = max(1, ceil(V / u)) x c + f
 *   month m (from 0) at V_m = V x (1 + growth)^m, the power taken by repeated multiplication
 *   horizon saving = sum over months of (API - self-host) - migration
 * </pre>
 * Hidden costs of each basis add up; every other role takes one factor.
 */
public final class CostModel implements UncertainModel {

    private final List<Factor> factors;
    private final int horizonMonths;
    private final int daysPerMonth;
    private final Role[] roles;

    /**
     * @param factors every input, each role at most once except the hidden costs; VOLUME,
     *                GROWTH, API_PRICE, GPU_MONTHLY, THROUGHPUT, UTILIZATION and PEAK_FACTOR
     *                required
     */
    public CostModel(List<Factor> factors, int horizonMonths, int daysPerMonth) {
        this.factors = List.copyOf(factors);
        if (horizonMonths < 1 || horizonMonths > 600) {
            throw new IllegalArgumentException("the horizon must be from 1 to 600 months: " + horizonMonths);
        }
        if (daysPerMonth < 1 || daysPerMonth > 31) {
            throw new IllegalArgumentException("days a month must be from 1 to 31: " + daysPerMonth);
        }
        this.horizonMonths = horizonMonths;
        this.daysPerMonth = daysPerMonth;
        this.roles = new Role[this.factors.size()];
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            Factor factor = this.factors.get(i);
            roles[i] = factor.role();
            if (keys.contains(factor.key())) {
                throw new IllegalArgumentException("two inputs share the key " + factor.key());
            }
            keys.add(factor.key());
            boolean summed = roles[i] == Role.HIDDEN_PER_DEPLOYMENT || roles[i] == Role.HIDDEN_FIXED;
            if (!summed
                    && this.factors.stream()
                                    .filter(f -> f.role() == factor.role())
                                    .count()
                            > 1) {
                throw new IllegalArgumentException("only one input may be the " + factor.role());
            }
        }
        for (Role required : List.of(
                Role.VOLUME,
                Role.GROWTH,
                Role.API_PRICE,
                Role.GPU_MONTHLY,
                Role.THROUGHPUT,
                Role.UTILIZATION,
                Role.PEAK_FACTOR)) {
            if (this.factors.stream().noneMatch(f -> f.role() == required)) {
                throw new IllegalArgumentException("the model needs an input for " + required);
            }
        }
    }

    /**
     * One set of values priced.
     *
     * @param apiNow            the API a month at the volume
     * @param selfHostNow       self-hosting a month at the volume, hidden costs included
     * @param breakEvenVolume   tokens a day from which self-hosting is no dearer; infinite when not reached
     * @param firstCheaperMonth first month (from 0) self-hosting costs less, -1 when none within the horizon
     * @param horizonSaving     what self-hosting saves over the horizon, migration paid
     */
    public record Outcome(
            double apiNow, double selfHostNow, double breakEvenVolume, int firstCheaperMonth, double horizonSaving) {

        public double savingNow() {
            return apiNow - selfHostNow;
        }

        /** Self-hosting wins the horizon: it saves more than it costs to move. */
        public boolean selfHostWins() {
            return horizonSaving > 0;
        }
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public int horizonMonths() {
        return horizonMonths;
    }

    /** The migration drawn: the saving to date starts from paying it. */
    @Override
    public double upfront(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (roles[i] == Role.MIGRATION) {
                return values[i];
            }
        }
        return 0;
    }

    public int daysPerMonth() {
        return daysPerMonth;
    }

    /**
     * @param values         one value an input, in the order of {@link #factors}
     * @param monthlySaving  when not null, filled with API - self-host for each month
     */
    @Override
    public Outcome evaluate(double[] values, double[] monthlySaving) {
        double volume = 0;
        double growth = 0;
        double price = 0;
        double gpu = 0;
        double throughput = 0;
        double utilization = 0;
        double peak = 0;
        double hiddenPerDeployment = 0;
        double hiddenFixed = 0;
        double engineeringShare = 0;
        double engineerCost = 0;
        double migration = 0;
        for (int i = 0; i < roles.length; i++) {
            double v = values[i];
            switch (roles[i]) {
                case VOLUME -> volume = v;
                case GROWTH -> growth = v;
                case API_PRICE -> price = v;
                case GPU_MONTHLY -> gpu = v;
                case THROUGHPUT -> throughput = v;
                case UTILIZATION -> utilization = v;
                case PEAK_FACTOR -> peak = v;
                case HIDDEN_PER_DEPLOYMENT -> hiddenPerDeployment += v;
                case HIDDEN_FIXED -> hiddenFixed += v;
                case ENGINEERING_SHARE -> engineeringShare = v;
                case ENGINEER_COST -> engineerCost = v;
                case MIGRATION -> migration = v;
            }
        }
        double k = daysPerMonth * price / 1_000_000;
        double u = throughput * 86_400 * utilization / peak;
        double c = gpu + hiddenPerDeployment;
        double f = hiddenFixed + engineeringShare * engineerCost;
        double apiNow = volume * k;
        double selfNow = CostProfile.deployments(volume, u) * c + f;
        double breakEven = CostProfile.breakEven(k, u, c, f);
        int firstCheaper = -1;
        double saved = 0;
        double factor = 1;
        for (int m = 0; m < horizonMonths; m++) {
            double v = volume * factor;
            double api = v * k;
            double self = CostProfile.deployments(v, u) * c + f;
            double saving = api - self;
            if (monthlySaving != null) {
                monthlySaving[m] = saving;
            }
            if (firstCheaper < 0 && self < api) {
                firstCheaper = m;
            }
            saved += saving;
            factor *= 1 + growth;
        }
        return new Outcome(apiNow, selfNow, breakEven, firstCheaper, saved - migration);
    }
}
