package app.breakeven.scenarios;

import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.sizing.Precision;

/**
 * The three-path scenario worked by hand in {@link ThreePathsIT}, for tests of other modules:
 * Qwen3-8B in FP8, 10M tokens a day over 30 days, requests of 1,000 input and 250 output
 * tokens with half the input cached, always on, 80% headroom, people at $15,000 an
 * FTE-month: rented 0.1 FTE and $20,000 to build, owned 0.25 FTE and $50,000.
 */
public final class WorkedThreePaths {

    private WorkedThreePaths() {}

    public static PathsChoice choice(CostLens lens) {
        return new PathsChoice(
                1000,
                250,
                0.5,
                0,
                730,
                0.8,
                BillingMode.ALWAYS_ON,
                0,
                1,
                false,
                15000,
                0,
                0.1,
                0.25,
                0,
                20000,
                50000,
                lens,
                null);
    }

    /** The seeded "B, growth" inputs sized on L4 and priced three ways under the lens. */
    public static ScenarioInputs inputs(ScenarioService scenarios, CostLens lens) {
        return scenarios
                .inputs("B, growth")
                .orElseThrow()
                .withModel("Qwen3-8B")
                .withTokensPerDay(10e6)
                .withSizing(new SizingChoice("L4 24GB", Precision.FP8, Precision.BF16, 8192, 32))
                .withPaths(choice(lens));
    }
}
