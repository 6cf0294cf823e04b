package app.breakeven.costs.economics;

/**
 * What an average request looks like. Capacity is counted on output tokens (the decode work);
 * the shape converts a volume of billed tokens (input plus output) into output tokens and
 * requests:
 * <pre>
 *   tokens a request = input + output
 *   input share      = input / (input + output)
 *   output tokens    = tokens x output / (input + output)
 *   requests         = tokens / (input + output)
 * </pre>
 *
 * @param inputTokens      average input (prompt) tokens a request, at least 0
 * @param outputTokens     average output tokens a request, above 0
 * @param cachedInputShare share of input tokens the provider serves from its cache, in [0, 1]
 * @param batchShare       share of traffic eligible for batch pricing, in [0, 1]
 */
public record RequestShape(double inputTokens, double outputTokens, double cachedInputShare, double batchShare) {

    /** The article's shape: every token is an output token, nothing cached, nothing batched. */
    public static final RequestShape OUTPUT_ONLY = new RequestShape(0, 1, 0, 0);

    public RequestShape {
        Fmt.requireNonNegative(inputTokens, "input tokens a request");
        Fmt.requirePositive(outputTokens, "output tokens a request");
        Fmt.requireShare(cachedInputShare, "cached input share");
        Fmt.requireShare(batchShare, "batch-eligible share");
    }

    public double tokensPerRequest() {
        return inputTokens + outputTokens;
    }

    /** Input tokens over all tokens; exactly 0 for an output-only shape. */
    public double inputShare() {
        return inputTokens / tokensPerRequest();
    }

    /** Output tokens over all tokens; exactly 1 for an output-only shape. */
    public double outputShare() {
        return outputTokens / tokensPerRequest();
    }

    /** Output tokens in a volume of billed tokens. */
    public double outputTokensOf(double tokens) {
        return tokens * outputShare();
    }

    /** Input tokens in a volume of billed tokens. */
    public double inputTokensOf(double tokens) {
        return tokens * inputShare();
    }

    /** Requests in a volume of billed tokens. */
    public double requestsOf(double tokens) {
        return tokens / tokensPerRequest();
    }

    /** Billed tokens (input plus output) of a number of requests. */
    public double tokensOfRequests(double requests) {
        return requests * tokensPerRequest();
    }
}
