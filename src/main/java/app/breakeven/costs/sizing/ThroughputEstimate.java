package app.breakeven.costs.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Output tokens a second of one replica, with where the figure comes from.
 *
 * @param provenance      measured, estimated, or unknown (the model card lacks the active parameters
 *                        and no row was measured: the caller falls back to the article's tier)
 * @param tokensPerSecond the throughput, 0 when unknown
 * @param sizing          the replica it belongs to
 * @param measured        the benchmark row, when measured
 * @param calibration     the efficiency used, when estimated
 * @param bytesPerStep    bytes one decode step reads, when estimated
 * @param stepSeconds     seconds one decode step takes, when estimated
 */
public record ThroughputEstimate(
        Provenance provenance,
        double tokensPerSecond,
        SizingResult sizing,
        ThroughputBenchmark measured,
        Calibration calibration,
        double bytesPerStep,
        double stepSeconds) {

    /** Whether a throughput was measured or estimated. */
    public enum Provenance {
        MEASURED,
        ESTIMATE,
        UNKNOWN
    }

    public ThroughputEstimate {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(sizing, "sizing");
        if (provenance == Provenance.UNKNOWN ? tokensPerSecond != 0 : !(tokensPerSecond > 0)) {
            throw new IllegalArgumentException("throughput must be above 0 tokens/s when known: " + tokensPerSecond);
        }
        if (Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException("throughput must be finite");
        }
        if ((provenance == Provenance.MEASURED) != (measured != null)) {
            throw new IllegalArgumentException("a measured throughput names its benchmark row, and only it");
        }
        if (provenance == Provenance.ESTIMATE && calibration == null) {
            throw new IllegalArgumentException("an estimate names its calibration");
        }
    }

    static ThroughputEstimate measured(SizingResult sizing, ThroughputBenchmark row) {
        return new ThroughputEstimate(
                Provenance.MEASURED, row.outputTokensPerSecond(), sizing, row, null, Double.NaN, Double.NaN);
    }

    static ThroughputEstimate estimated(
            SizingResult sizing, Calibration calibration, double bytesPerStep, double stepSeconds) {
        double tokensPerSecond = sizing.request().concurrentSequences() / stepSeconds;
        return new ThroughputEstimate(
                Provenance.ESTIMATE, tokensPerSecond, sizing, null, calibration, bytesPerStep, stepSeconds);
    }

    static ThroughputEstimate unknown(SizingResult sizing, Calibration calibration) {
        return new ThroughputEstimate(Provenance.UNKNOWN, 0, sizing, null, calibration, Double.NaN, Double.NaN);
    }

    public boolean known() {
        return provenance != Provenance.UNKNOWN;
    }

    /** What a screen shows beside the figure: "measured (source)" or "estimate (how)". */
    public String label() {
        return switch (provenance) {
            case MEASURED -> "measured (" + measured.source() + ", " + measured.asOf() + ")";
            case ESTIMATE -> "estimate (memory bandwidth, " + calibration.summary() + ")";
            case UNKNOWN -> "unknown (the model card does not give the active parameters)";
        };
    }

    /** The figure worked out, for a "How this is computed" panel. */
    public List<String> how() {
        List<String> lines = new ArrayList<>();
        SizingResult.Request r = sizing.request();
        switch (provenance) {
            case MEASURED -> {
                lines.add(String.format(
                        Locale.ROOT,
                        "Measured: %s tokens/s for %s on %d x %s (%s) at %d concurrent sequences; %s, %s",
                        SizingResult.number(tokensPerSecond),
                        measured.modelKey(),
                        measured.gpusPerReplica(),
                        measured.gpuName(),
                        measured.precision().displayName(),
                        measured.concurrency(),
                        measured.source(),
                        measured.asOf()));
                if (measured.concurrency() != r.concurrentSequences()) {
                    lines.add(String.format(
                            Locale.ROOT,
                            "The nearest measured load to the %d sequences sized for; measured figures are not scaled.",
                            r.concurrentSequences()));
                }
            }
            case UNKNOWN ->
                lines.add("No measured row, and no estimate: the model card does not give the active parameters.");
            case ESTIMATE -> {
                ModelArchitecture m = r.model();
                lines.add(String.format(
                        Locale.ROOT,
                        "Bytes a decode step: %s B active parameters x %s bytes + %,d sequences x %,d tokens"
                                + " x %,.0f KV bytes a token = %,.0f bytes",
                        SizingResult.number(m.activeParamsB()),
                        SizingResult.number(r.weights().bytes()),
                        r.concurrentSequences(),
                        r.contextTokens(),
                        sizing.kvBytesPerToken(),
                        bytesPerStep));
                lines.add(String.format(
                        Locale.ROOT,
                        "Step time: %,.0f bytes / (%d GPUs x %s TB/s x %s efficiency) = %s ms",
                        bytesPerStep,
                        sizing.gpusPerReplica(),
                        SizingResult.number(r.gpu().memoryBandwidthTbPerS()),
                        SizingResult.number(calibration.efficiency()),
                        SizingResult.number(stepSeconds * 1000)));
                lines.add(String.format(
                        Locale.ROOT,
                        "Throughput: %,d sequences / %s ms = %s tokens/s",
                        r.concurrentSequences(),
                        SizingResult.number(stepSeconds * 1000),
                        SizingResult.number(tokensPerSecond)));
                lines.addAll(calibration.explanation());
            }
        }
        return lines;
    }
}
