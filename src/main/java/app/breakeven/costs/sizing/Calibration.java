package app.breakeven.costs.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The share of peak memory bandwidth decoding reaches, found from the measured rows: the
 * median of what each row implies, or {@link Throughput#DEFAULT_EFFICIENCY} when no row can
 * say. The median rather than the mean, so that one odd row (a run limited by compute, a
 * mistyped figure) cannot pull every estimate with it.
 *
 * @param efficiency the factor estimates use, in (0, 1]
 * @param used       the rows that set it, each with the efficiency it implies
 * @param skipped    the rows that could not, each with the reason
 */
public record Calibration(double efficiency, List<RowEfficiency> used, List<String> skipped) {

    /** What one measured row implies. */
    public record RowEfficiency(ThroughputBenchmark row, double bytesPerStep, double efficiency) {

        public RowEfficiency {
            Objects.requireNonNull(row, "row");
        }
    }

    public Calibration {
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("efficiency must be above 0 and at most 1: " + efficiency);
        }
        used = List.copyOf(used);
        skipped = List.copyOf(skipped);
    }

    /** No measured rows: the stated default. */
    public static final Calibration DEFAULT = new Calibration(Throughput.DEFAULT_EFFICIENCY, List.of(), List.of());

    /** True when no measured row set the efficiency and the default stands. */
    public boolean isDefault() {
        return used.isEmpty();
    }

    /** One line for a throughput's provenance: where its efficiency comes from. */
    public String summary() {
        if (isDefault()) {
            return String.format(
                    Locale.ROOT,
                    "efficiency %s, a default: no measured row could calibrate it",
                    SizingResult.number(efficiency));
        }
        return String.format(
                Locale.ROOT,
                "efficiency %s, the median of %d measured row%s",
                SizingResult.number(efficiency),
                used.size(),
                used.size() == 1 ? "" : "s");
    }

    /** The calibration worked out row by row, for a "How this is computed" panel. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("Bandwidth efficiency: " + summary() + ".");
        for (RowEfficiency e : used) {
            ThroughputBenchmark row = e.row();
            lines.add(String.format(
                    Locale.ROOT,
                    "%s on %d x %s (%s, %d sequences): %s bytes a step x %s tokens/s / %d sequences"
                            + " / %d GPUs / bandwidth = %s (%s, %s)",
                    row.modelKey(),
                    row.gpusPerReplica(),
                    row.gpuName(),
                    row.precision().displayName(),
                    row.concurrency(),
                    String.format(Locale.ROOT, "%,.0f", e.bytesPerStep()),
                    SizingResult.number(row.outputTokensPerSecond()),
                    row.concurrency(),
                    row.gpusPerReplica(),
                    SizingResult.number(e.efficiency()),
                    row.source(),
                    row.asOf()));
        }
        for (String reason : skipped) {
            lines.add("Not used: " + reason);
        }
        return lines;
    }
}
