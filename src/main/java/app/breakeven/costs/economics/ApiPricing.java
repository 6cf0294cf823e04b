package app.breakeven.costs.economics;

import app.breakeven.costs.ApiPrice;
import java.time.LocalDate;

/**
 * A provider's pay-per-token prices for one model, in dollars per million tokens, with its
 * batch discount. With c the cached input share and b the batch-eligible share of a
 * {@link RequestShape}, and d the batch discount:
 * <pre>
 *   input $/1M    = (1 - c) x input + c x cached input
 *   batch factor  = 1 - b x d
 *   bill          = (input tokens x input $/1M + output tokens x output) / 1,000,000 x batch factor
 *   blended $/1M  = (input share x input $/1M + output share x output) x batch factor
 * </pre>
 * The batch discount applies to cached and uncached input alike, as the providers' batch
 * interfaces price the whole request at the discount.
 *
 * @param inputPerMillion       uncached input price
 * @param cachedInputPerMillion price of an input token served from the cache
 * @param outputPerMillion      output price
 * @param batchDiscount         share taken off batch-eligible traffic, in [0, 1] (0.5 for half price)
 * @param source                where the prices come from
 * @param asOf                  the date they were read; {@code null} when unknown
 */
public record ApiPricing(
        double inputPerMillion,
        double cachedInputPerMillion,
        double outputPerMillion,
        double batchDiscount,
        String source,
        LocalDate asOf) {

    public ApiPricing {
        Fmt.requireNonNegative(inputPerMillion, "input price");
        Fmt.requireNonNegative(cachedInputPerMillion, "cached input price");
        Fmt.requireNonNegative(outputPerMillion, "output price");
        Fmt.requireShare(batchDiscount, "batch discount");
        Fmt.requireText(source, "the price's source");
    }

    /** The article's kind of price: no cache price (cached input costs as input) and no batch discount. */
    public static ApiPricing of(ApiPrice price, String source, LocalDate asOf) {
        return new ApiPricing(
                price.inputPerMillion(), price.inputPerMillion(), price.outputPerMillion(), 0, source, asOf);
    }

    /** Dollars a million input tokens after the cache: (1 - c) x input + c x cached input. */
    public double effectiveInputPerMillion(RequestShape shape) {
        double c = shape.cachedInputShare();
        return (1 - c) * inputPerMillion + c * cachedInputPerMillion;
    }

    /** 1 - b x d. */
    public double batchFactor(RequestShape shape) {
        return 1 - shape.batchShare() * batchDiscount;
    }

    /** Dollars a million billed tokens (input plus output) for this shape. */
    public double blendedPerMillion(RequestShape shape) {
        return (shape.inputShare() * effectiveInputPerMillion(shape) + shape.outputShare() * outputPerMillion)
                * batchFactor(shape);
    }

    /** The month's bill for a volume of billed tokens (input plus output). */
    public double monthlyForTokens(RequestShape shape, double tokensPerMonth) {
        Fmt.requireNonNegative(tokensPerMonth, "tokens a month");
        return bill(shape, shape.inputTokensOf(tokensPerMonth), shape.outputTokensOf(tokensPerMonth));
    }

    /** The month's bill for a number of requests of this shape. */
    public double monthlyForRequests(RequestShape shape, double requestsPerMonth) {
        Fmt.requireNonNegative(requestsPerMonth, "requests a month");
        return bill(shape, requestsPerMonth * shape.inputTokens(), requestsPerMonth * shape.outputTokens());
    }

    private double bill(RequestShape shape, double inputTokens, double outputTokens) {
        return (inputTokens * effectiveInputPerMillion(shape) + outputTokens * outputPerMillion)
                / 1_000_000
                * batchFactor(shape);
    }
}
