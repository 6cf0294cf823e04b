package app.breakeven.costs;

import java.util.List;

/** The article's catalogue figures, for engine tests that run without a database. */
final class ArticleFigures {

    static final ApiPrice V4_FLASH = ApiPrice.of(0.25, null);
    static final ApiPrice QWEN3_32B = ApiPrice.of(0.28, null);

    static final GpuTier SMALLEST =
            new GpuTier("7-9B", 1518 * 1.555 / 2.039, CostRange.of(400, 800), CostRange.of(200, 400));
    static final GpuTier TWO_A100 = new GpuTier("27-32B", 579, CostRange.of(1000, 2000), CostRange.of(500, 1000));
    static final GpuTier EIGHT_A100 =
            new GpuTier("200B+", 663 * 4 * 0.35, CostRange.of(4000, 8000), CostRange.of(2000, 4000));

    static final List<HiddenCost> HIDDEN = List.of(
            new HiddenCost(
                    "Load balancer / API gateway",
                    CostRange.of(50, 200),
                    HiddenCost.Scope.BOTH,
                    HiddenCost.Basis.PER_MONTH),
            new HiddenCost(
                    "Monitoring & alerting", CostRange.of(50, 200), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH),
            new HiddenCost(
                    "DevOps engineer time (partial)",
                    CostRange.of(500, 3000),
                    HiddenCost.Scope.BOTH,
                    HiddenCost.Basis.PER_MONTH),
            new HiddenCost(
                    "Model updates & maintenance",
                    CostRange.of(100, 500),
                    HiddenCost.Scope.BOTH,
                    HiddenCost.Basis.PER_MONTH),
            new HiddenCost(
                    "Electricity", CostRange.of(200, 1000), HiddenCost.Scope.ON_PREM, HiddenCost.Basis.PER_DEPLOYMENT));

    private ArticleFigures() {}

    static CostProfile profile(ApiPrice price, GpuTier tier, Deployment deployment) {
        return new CostProfile(price, tier, deployment, Workload.ARTICLE, HIDDEN);
    }
}
