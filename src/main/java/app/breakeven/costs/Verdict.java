package app.breakeven.costs;

/**
 * Who is cheaper and by how much, comparing the API cost with the self-host range.
 *
 * @param winner   the API when it is below the whole range, self-hosting when above it,
 *                 a tie when it falls inside the range
 * @param timesLow the smaller factor by which the winner is cheaper (for a tie: API over
 *                 the high end of the range)
 * @param timesHigh the larger factor (for a tie: API over the low end)
 */
public record Verdict(Winner winner, double timesLow, double timesHigh) {

    public enum Winner {
        API,
        SELF_HOST,
        TIE
    }

    static Verdict compare(double api, CostRange selfHost) {
        if (api < selfHost.low()) {
            return new Verdict(Winner.API, ratio(selfHost.low(), api), ratio(selfHost.high(), api));
        }
        if (api > selfHost.high()) {
            return new Verdict(Winner.SELF_HOST, ratio(api, selfHost.high()), ratio(api, selfHost.low()));
        }
        return new Verdict(Winner.TIE, ratio(api, selfHost.high()), ratio(api, selfHost.low()));
    }

    private static double ratio(double numerator, double denominator) {
        if (denominator == 0) {
            return numerator == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return numerator / denominator;
    }
}
