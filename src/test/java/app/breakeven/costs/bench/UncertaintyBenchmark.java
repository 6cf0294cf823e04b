package app.breakeven.costs.bench;

import app.breakeven.costs.uncertainty.CostModel;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.Range;
import app.breakeven.costs.uncertainty.Role;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.Tornado;
import java.util.ArrayList;
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
 * What uncertainty costs: 10,000 draws over a 36-month horizon, break-even volume and month
 * solved in every draw (target: under 50 ms on one thread), and a tornado of 15 inputs with the
 * flip values of the top five (under 5 ms).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UncertaintyBenchmark {

    private CostModel model;

    /** 15 uncertain inputs: the scenario's own ten and five hidden cost lines. */
    @Setup
    public void setUp() {
        List<Factor> f = new ArrayList<>();
        f.add(new Factor("volume", "Volume", Role.VOLUME, Range.triangular(30e6, 50e6, 90e6)));
        f.add(new Factor("growth", "Growth", Role.GROWTH, new Range(0.03, 0.08, 0.2, Shape.LOG_NORMAL)));
        f.add(new Factor("price", "API price", Role.API_PRICE, Range.triangular(6, 10, 12)));
        f.add(new Factor("gpu", "GPUs", Role.GPU_MONTHLY, Range.triangular(2_000, 3_000, 4_000)));
        f.add(new Factor("throughput", "Throughput", Role.THROUGHPUT, Range.triangular(600, 1_000, 1_300)));
        f.add(new Factor("utilization", "Utilization", Role.UTILIZATION, Range.triangular(0.3, 0.5, 0.7)));
        f.add(new Factor("peak", "Peak", Role.PEAK_FACTOR, new Range(1.5, 2, 3, Shape.UNIFORM)));
        f.add(new Factor("share", "Engineering share", Role.ENGINEERING_SHARE, Range.triangular(0.1, 0.25, 0.5)));
        f.add(new Factor("engineer", "Engineer cost", Role.ENGINEER_COST, Range.triangular(12_000, 15_000, 20_000)));
        f.add(new Factor("migration", "Migration", Role.MIGRATION, Range.triangular(10_000, 20_000, 50_000)));
        for (int h = 0; h < 5; h++) {
            Role role = h % 2 == 0 ? Role.HIDDEN_PER_DEPLOYMENT : Role.HIDDEN_FIXED;
            f.add(new Factor(
                    "hidden:" + h, "Hidden " + h, role, Range.triangular(100 * h, 200 * h + 50, 400 * h + 100)));
        }
        model = new CostModel(f, 36, 30);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Simulation tenThousandDrawsOver36Months() {
        return Simulation.run(model, 10_000, 42);
    }

    @Benchmark
    public Tornado tornadoOf15Inputs() {
        return Tornado.of(model);
    }
}
