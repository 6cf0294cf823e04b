package app.breakeven.costs.bench;

import app.breakeven.costs.ApiPrice;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.GpuTier;
import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.Sweep;
import app.breakeven.costs.Workload;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a slider event costs the engine: one evaluation (targets: under 1 µs), and the
 * 200-point volume sweep the chart draws (under 100 µs), on one core.
 * Run with {@code ./mvnw -Pbench verify -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

    private CostProfile profile;
    private double volume;

    @Setup
    public void setUp() {
        var tier = new GpuTier("27-32B", 579, CostRange.of(1000, 2000), CostRange.of(500, 1000));
        var hidden = List.of(
                new HiddenCost("gateway", CostRange.of(50, 200), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH),
                new HiddenCost("monitoring", CostRange.of(50, 200), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH),
                new HiddenCost("devops", CostRange.of(500, 3000), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH),
                new HiddenCost("updates", CostRange.of(100, 500), HiddenCost.Scope.BOTH, HiddenCost.Basis.PER_MONTH),
                new HiddenCost(
                        "power", CostRange.of(200, 1000), HiddenCost.Scope.ON_PREM, HiddenCost.Basis.PER_DEPLOYMENT));
        profile = new CostProfile(
                ApiPrice.of(2.5, null), tier, Deployment.ON_PREM, new Workload(0, 0.8, 1.5, 30), hidden);
        volume = 50e6;
    }

    /** One slider event: build the profile for the new inputs and evaluate it, break-evens included. */
    @Benchmark
    public Evaluation evaluation() {
        return CostEngine.evaluate(
                new CostProfile(
                        profile.price(),
                        profile.tier(),
                        profile.deployment(),
                        profile.workload(),
                        profile.hiddenCosts()),
                volume);
    }

    @Benchmark
    public Sweep sweep200() {
        return CostEngine.sweep(profile, 1e5, 1e10, 200);
    }
}
