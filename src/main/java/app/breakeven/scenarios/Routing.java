package app.breakeven.scenarios;

import app.breakeven.costs.Cascade;
import java.util.List;

/**
 * A cascade priced for a scenario.
 *
 * @param models          the stages' models, cheapest first
 * @param tiers           the hardware tier each stage would self-host on
 * @param escalationRates share escalating from each stage to the next
 * @param result          costs by API and self-hosted, against sending all to the last stage
 * @param rateForArticleCut the escalation rate at which a two-stage cascade of the first and
 *                        last models cuts the API bill by the article's 60%, NaN when none does
 */
public record Routing(
        List<String> models,
        List<String> tiers,
        List<Double> escalationRates,
        Cascade.Result result,
        double rateForArticleCut) {

    /** "This pattern alone cut our inference costs by about 60%." */
    public static final double ARTICLE_CUT = 0.60;
}
