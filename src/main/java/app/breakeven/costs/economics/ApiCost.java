package app.breakeven.costs.economics;

/**
 * The API path at one volume: the provider's bill for the request shape (see
 * {@link ApiPricing}), which grows with the tokens, plus the path's people (fixed).
 */
public final class ApiCost {

    private ApiCost() {}

    /** Dollars a month under the plan's lens; the same total as {@link #explain}, without the text. */
    public static double monthly(ApiPricing pricing, People people, Plan plan, double tokensPerMonth) {
        double total = pricing.monthlyForTokens(plan.shape(), tokensPerMonth);
        return people.addTo(total, plan);
    }

    /** The same as {@link #monthly}, line by line. */
    public static PathCost explain(String option, ApiPricing pricing, People people, Plan plan, double tokensPerMonth) {
        RequestShape shape = plan.shape();
        double bill = pricing.monthlyForTokens(shape, tokensPerMonth);
        PathCost.Builder lines = new PathCost.Builder(plan.lens());
        lines.add(
                "API bill",
                bill,
                billFormula(pricing, shape, tokensPerMonth),
                pricing.source(),
                pricing.asOf(),
                CostLine.Kind.VOLUME);
        people.addLines(lines, plan);
        return lines.build(
                PathCost.Path.API,
                option,
                "billed per token: " + Fmt.num(shape.requestsOf(tokensPerMonth)) + " requests of "
                        + Fmt.num(shape.inputTokens()) + " input + " + Fmt.num(shape.outputTokens()) + " output tokens",
                tokensPerMonth,
                0,
                0);
    }

    private static String billFormula(ApiPricing pricing, RequestShape shape, double tokens) {
        String text = Fmt.num(tokens) + " tokens x " + Fmt.price(pricing.blendedPerMillion(shape)) + " per 1M blended";
        if (shape.inputTokens() == 0 && shape.batchShare() == 0) {
            return text + " (output " + Fmt.price(pricing.outputPerMillion()) + " per 1M)";
        }
        text += "; blended = (" + Fmt.share(shape.inputShare()) + " input x "
                + Fmt.price(pricing.effectiveInputPerMillion(shape))
                + " + " + Fmt.share(shape.outputShare()) + " output x " + Fmt.price(pricing.outputPerMillion())
                + ") x batch factor " + Fmt.num(pricing.batchFactor(shape));
        text += "; input per 1M = " + Fmt.share(1 - shape.cachedInputShare()) + " x "
                + Fmt.price(pricing.inputPerMillion()) + " + " + Fmt.share(shape.cachedInputShare())
                + " cached x " + Fmt.price(pricing.cachedInputPerMillion());
        text += "; batch factor = 1 - " + Fmt.share(shape.batchShare()) + " eligible x "
                + Fmt.share(pricing.batchDiscount()) + " discount";
        return text;
    }
}
