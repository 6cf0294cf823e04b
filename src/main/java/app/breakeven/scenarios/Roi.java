package app.breakeven.scenarios;

/**
 * The article's ROI check: what self-hosting saves on the API bill against what the
 * engineering time it takes costs. Mid figures, dollars a month.
 *
 * @param apiMonthly                  the API bill self-hosting would replace
 * @param selfHostWithoutEngineering  GPUs and the other hidden costs
 * @param saved                       API minus that: what self-hosting "saves"
 * @param engineering                 the engineering time it takes
 * @param net                         saved minus engineering; negative is a loss
 */
public record Roi(double apiMonthly, double selfHostWithoutEngineering, double saved, double engineering, double net) {}
