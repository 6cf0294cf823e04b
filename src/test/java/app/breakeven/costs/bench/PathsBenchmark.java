package app.breakeven.costs.bench;

import app.breakeven.costs.paths.Cheapest;
import app.breakeven.costs.paths.PathSweep;
import app.breakeven.costs.paths.Paths;
import app.breakeven.costs.paths.PiecewiseCost;
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
 * What the three paths cost: all three at one volume with the cheapest of 40 options (target:
 * under 20 µs), and the 200-point chart with the cheapest options solved to 1T tokens, their
 * switches and the three crossovers (under 2 ms), on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PathsBenchmark {

    private Paths paths;
    private double volume;

    /**
     * 5 GPUs x 4 replica sizes x 2 offers, half rented (one replica to an instance of up to 8
     * GPUs), half owned (replicas packed into 8-GPU servers, one spare): 40 options.
     */
    @Setup
    public void setUp() {
        double[] gpuHourly = {2.5, 3.2, 1.8, 1.2, 0.9};
        double[] tokensPerGpuMonth = {2.6e9, 3.6e9, 1.3e9, 0.7e9, 0.5e9};
        int[] gpusPerReplica = {1, 2, 4, 8};
        List<Cheapest.Option> rented = new ArrayList<>();
        List<Cheapest.Option> owned = new ArrayList<>();
        for (int g = 0; g < gpuHourly.length; g++) {
            for (int size : gpusPerReplica) {
                // More GPUs to a replica scale less than linearly: 90% per doubling.
                double capacity = tokensPerGpuMonth[g] * size * Math.pow(0.9, Integer.numberOfTrailingZeros(size));
                for (double discount : new double[] {1.0, 0.6}) {
                    double perReplica = gpuHourly[g] * discount * 730 * size;
                    String name = "GPU " + g + " x" + size + (discount < 1 ? " reserved" : " on demand");
                    rented.add(new Cheapest.Option(
                            name, PiecewiseCost.units(500, 0, capacity, 1, false, perReplica), true));
                    double perServer = 8 * 2_100 * discount * (1 + g * 0.2);
                    owned.add(new Cheapest.Option(
                            name + " owned",
                            PiecewiseCost.packed(2_000, 0, capacity, 1, true, Math.max(1, 8 / size), perServer),
                            discount == 1.0));
                }
            }
        }
        paths = new Paths(PiecewiseCost.linear(200, 3e-6), rented, owned);
        volume = 5e9;
    }

    /** A slider event: the API, the cheapest of 40 rented and of 40 owned options at one volume. */
    @Benchmark
    public Paths.At threePathsAtOneVolume() {
        return paths.at(volume);
    }

    /** The chart: cheapest options and crossovers solved to 1T tokens, 200 points, the markers. */
    @Benchmark
    public PathSweep sweepOfThreePaths() {
        return paths.sweep(1e6, 1e12, 200);
    }
}
