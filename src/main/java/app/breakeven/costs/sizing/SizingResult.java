package app.breakeven.costs.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One replica's memory arithmetic and the GPUs it needs. Only a {@link Outcome#FITS} result
 * may be priced; the memory figures are 0 when the outcome is {@code UNKNOWN} or
 * {@code CONTEXT_TOO_LONG}. GB are 10^9 bytes.
 *
 * @param request         what was sized
 * @param outcome         whether and how the model fits
 * @param weightsGb       weights memory
 * @param kvBytesPerToken KV-cache bytes one token takes
 * @param kvCacheGb       KV cache of all sequences at full context
 * @param totalGb         weights plus KV cache plus the runtime overhead
 * @param gpusPerReplica  the tensor-parallel size chosen, 0 unless the model fits
 */
public record SizingResult(
        Request request,
        Outcome outcome,
        double weightsGb,
        double kvBytesPerToken,
        double kvCacheGb,
        double totalGb,
        int gpusPerReplica) {

    /** Whether a replica can be built. */
    public enum Outcome {
        /** Fits on {@code gpusPerReplica} GPUs of one node. */
        FITS,
        /** Eight GPUs of this type cannot hold it: never priced. */
        DOES_NOT_FIT,
        /** The model does not accept a context that long: never priced. */
        CONTEXT_TOO_LONG,
        /** The model card lacks a fact sizing needs: the caller falls back to the article's tier. */
        UNKNOWN
    }

    /** The inputs of one sizing, kept so that the explanation can show them. */
    public record Request(
            ModelArchitecture model,
            GpuSpec gpu,
            Precision weights,
            Precision kvCache,
            int contextTokens,
            int concurrentSequences,
            SizingAssumptions assumptions) {

        public Request {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(gpu, "gpu");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(kvCache, "kvCache");
            Objects.requireNonNull(assumptions, "assumptions");
        }
    }

    public SizingResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        boolean fits = outcome == Outcome.FITS;
        if (fits != (gpusPerReplica > 0) || gpusPerReplica > Sizing.MAX_TENSOR_PARALLEL) {
            throw new IllegalArgumentException(
                    "GPUs per replica must be 1 to 8 exactly when the model fits: " + gpusPerReplica);
        }
    }

    public boolean fits() {
        return outcome == Outcome.FITS;
    }

    /** The facts the model card lacks, by name; empty unless the outcome is {@code UNKNOWN}. */
    public List<String> missingFacts() {
        return request.model().missingForSizing();
    }

    /** GPU memory the runtime may fill on one GPU, in GB. */
    public double usablePerGpuGb() {
        return request.gpu().memoryGb() * request.assumptions().usableMemoryShare();
    }

    /**
     * The memory arithmetic line by line, for a "How this is computed" panel. Built on
     * demand: sizing itself stays cheap enough for every cell of a map.
     */
    public List<String> explanation() {
        Request r = request;
        ModelArchitecture m = r.model();
        List<String> lines = new ArrayList<>();
        if (outcome == Outcome.UNKNOWN) {
            lines.add("Cannot size: the model card does not give " + String.join(", ", missingFacts())
                    + ". The article's hardware tier is used instead.");
            return lines;
        }
        if (outcome == Outcome.CONTEXT_TOO_LONG) {
            lines.add(String.format(
                    Locale.ROOT,
                    "Cannot size: a context of %,d tokens exceeds the model's maximum of %,d tokens.",
                    r.contextTokens(),
                    m.maxContext()));
            return lines;
        }
        lines.add(String.format(
                Locale.ROOT,
                "Weights: %s B parameters x %s bytes (%s) = %s GB (1 GB = 10^9 bytes)",
                number(m.totalParamsB()),
                number(r.weights().bytes()),
                r.weights().displayName(),
                number(weightsGb)));
        lines.add(String.format(
                Locale.ROOT,
                "KV cache per token: 2 x %d layers x %d KV heads x %d head dim x %s bytes (%s) = %,.0f bytes",
                m.layers(),
                m.kvHeads(),
                m.headDim(),
                number(r.kvCache().bytes()),
                r.kvCache().displayName(),
                kvBytesPerToken));
        lines.add(String.format(
                Locale.ROOT,
                "KV cache: %,.0f bytes x %,d tokens x %,d sequences = %s GB",
                kvBytesPerToken,
                r.contextTokens(),
                r.concurrentSequences(),
                number(kvCacheGb)));
        lines.add(String.format(
                Locale.ROOT,
                "Total: (%s GB + %s GB) x (1 + %s runtime overhead) = %s GB",
                number(weightsGb),
                number(kvCacheGb),
                number(r.assumptions().runtimeOverhead()),
                number(totalGb)));
        lines.add(String.format(
                Locale.ROOT,
                "Usable per GPU: %s GB x %s = %s GB (%s)",
                number(r.gpu().memoryGb()),
                number(r.assumptions().usableMemoryShare()),
                number(usablePerGpuGb()),
                r.gpu().name()));
        if (fits()) {
            if (gpusPerReplica > 1) {
                int smaller = gpusPerReplica / 2;
                lines.add(String.format(
                        Locale.ROOT,
                        "%d GPU%s: %s GB < %s GB, too small",
                        smaller,
                        smaller == 1 ? "" : "s",
                        number(smaller * usablePerGpuGb()),
                        number(totalGb)));
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "%d GPU%s per replica (tensor parallel %d): %s GB >= %s GB",
                    gpusPerReplica,
                    gpusPerReplica == 1 ? "" : "s",
                    gpusPerReplica,
                    number(gpusPerReplica * usablePerGpuGb()),
                    number(totalGb)));
        } else {
            lines.add(String.format(
                    Locale.ROOT,
                    "Does not fit: 8 GPUs hold %s GB < %s GB; more than one node is not priced",
                    number(Sizing.MAX_TENSOR_PARALLEL * usablePerGpuGb()),
                    number(totalGb)));
        }
        return lines;
    }

    /** Up to three decimals, no trailing zeros: 65.6, 0.604, 2. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%,.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
