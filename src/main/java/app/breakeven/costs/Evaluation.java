package app.breakeven.costs;

/**
 * The cost of both paths at one volume.
 *
 * @param tokensPerDay       the volume evaluated
 * @param tokensPerMonth     tokens a day x days a month
 * @param blendedPerMillion  the API price per million tokens after the input/output mix
 * @param apiMonthly         API dollars a month
 * @param deployments        self-host deployments needed for this volume
 * @param gpuMonthly         GPU dollars a month for those deployments
 * @param hiddenMonthly      the hidden costs that apply, dollars a month
 * @param selfHostMonthly    GPUs plus hidden costs: the full cost
 * @param breakEven          break-even volumes on the full cost
 * @param breakEvenGpuOnly   break-even volumes on GPU cost alone, as the article's tables compare
 * @param verdict            API against the full self-host cost
 * @param verdictGpuOnly     API against GPU cost alone
 */
public record Evaluation(
        double tokensPerDay,
        double tokensPerMonth,
        double blendedPerMillion,
        double apiMonthly,
        int deployments,
        CostRange gpuMonthly,
        CostRange hiddenMonthly,
        CostRange selfHostMonthly,
        BreakEven breakEven,
        BreakEven breakEvenGpuOnly,
        Verdict verdict,
        Verdict verdictGpuOnly) {}
