package app.breakeven.costs;

import java.util.List;
import java.util.Objects;

/**
 * A cascade router: every request goes to the first stage; a share escalates to the
 * next, and so on. A request that escalates is paid at every stage it passes through.
 *
 * @param stages the stages in order, cheapest first; at least two
 */
public record Cascade(List<Stage> stages) {

    /**
     * One stage of the cascade.
     *
     * @param name            the model, for display
     * @param profile         what the model costs, by API or self-hosted
     * @param escalationRate  share of the requests this stage sees that go on to the next;
     *                        ignored for the last stage
     */
    public record Stage(String name, CostProfile profile, double escalationRate) {

        public Stage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(profile, "profile");
            if (!(escalationRate >= 0 && escalationRate <= 1)) {
                throw new IllegalArgumentException("an escalation rate must be between 0% and 100%: " + escalationRate);
            }
        }
    }

    /** The cascade's costs at one volume, against sending everything to the last stage. */
    public record Result(
            double[] reach,
            double blendedPerMillion,
            double apiMonthly,
            double apiMonthlyAllToLast,
            double apiSavingsShare,
            double selfHostMonthly,
            double selfHostMonthlyAllToLast,
            double selfHostSavingsShare) {}

    public Cascade {
        stages = List.copyOf(stages);
        if (stages.size() < 2) {
            throw new IllegalArgumentException("a cascade needs at least two stages");
        }
    }

    /** Share of all requests that reaches each stage: 1 for the first, then the product of escalation rates. */
    public double[] reach() {
        double[] reach = new double[stages.size()];
        reach[0] = 1;
        for (int i = 1; i < reach.length; i++) {
            reach[i] = reach[i - 1] * stages.get(i - 1).escalationRate();
        }
        return reach;
    }

    /** Costs at {@code tokensPerDay}; self-hosted figures are the mid of the full cost, each stage on its own tier. */
    public Result evaluate(double tokensPerDay) {
        double[] reach = reach();
        double blended = 0;
        double api = 0;
        double selfHost = 0;
        for (int i = 0; i < reach.length; i++) {
            CostProfile profile = stages.get(i).profile();
            blended += reach[i] * profile.blendedPerMillion();
            api += profile.apiMonthly(tokensPerDay * reach[i]);
            selfHost += profile.selfHostMonthly(tokensPerDay * reach[i], CostRange.Level.MID, true);
        }
        CostProfile last = stages.getLast().profile();
        double apiAll = last.apiMonthly(tokensPerDay);
        double selfAll = last.selfHostMonthly(tokensPerDay, CostRange.Level.MID, true);
        return new Result(
                reach, blended, api, apiAll, savings(api, apiAll), selfHost, selfAll, savings(selfHost, selfAll));
    }

    /**
     * For a two-stage cascade on API prices: the escalation rate at which the cascade costs
     * {@code savingsShare} less than sending everything to the second stage. Solves
     * p_cheap + r x p_big = (1 - savings) x p_big; NaN when no rate from 0 to 1 does it.
     */
    public static double escalationRateFor(double savingsShare, double cheapPerMillion, double bigPerMillion) {
        if (!(bigPerMillion > 0)) {
            return Double.NaN;
        }
        double rate = (1 - savingsShare) - cheapPerMillion / bigPerMillion;
        return rate >= 0 && rate <= 1 ? rate : Double.NaN;
    }

    private static double savings(double cost, double baseline) {
        return baseline > 0 ? 1 - cost / baseline : 0;
    }
}
