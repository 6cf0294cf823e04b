package app.breakeven.costs.sizing;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.GpuTier;
import java.util.Objects;

/**
 * One way to serve a model: a GPU type, GPUs per replica and a weight precision, with the
 * throughput of a replica and where it comes from, and the GPUs' rental price.
 *
 * <pre>
 *   monthly per replica = GPU $/hour x 730 hours x GPUs per replica
 * </pre>
 * An option that does not fit (or whose throughput is unknown) can be listed, to say so on
 * screen, but is never priced.
 *
 * @param modelName         the model, for labels
 * @param sizing            the replica's memory arithmetic
 * @param throughput        the replica's throughput; {@code null} when the sizing does not fit
 * @param gpuDollarsPerHour rental price of one GPU an hour
 */
public record DeploymentOption(
        String modelName, SizingResult sizing, ThroughputEstimate throughput, double gpuDollarsPerHour) {

    /** Hours billed a month: 8,760 hours a year / 12. */
    public static final double HOURS_PER_MONTH = 730;

    public DeploymentOption {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(sizing, "sizing");
        if (!(gpuDollarsPerHour >= 0) || Double.isInfinite(gpuDollarsPerHour)) {
            throw new IllegalArgumentException("GPU price must be at least $0 an hour: " + gpuDollarsPerHour);
        }
        if (sizing.fits() && throughput == null) {
            throw new IllegalArgumentException("an option that fits needs its throughput");
        }
        if (throughput != null && throughput.sizing() != sizing) {
            throw new IllegalArgumentException("the throughput belongs to another sizing");
        }
    }

    public GpuSpec gpu() {
        return sizing.request().gpu();
    }

    public int gpusPerReplica() {
        return sizing.gpusPerReplica();
    }

    public Precision precision() {
        return sizing.request().weights();
    }

    /** True when the option can be priced: it fits and its throughput is known. */
    public boolean priceable() {
        return sizing.fits() && throughput.known();
    }

    /** Output tokens a second of one replica; 0 unless priceable. */
    public double tokensPerSecond() {
        return priceable() ? throughput.tokensPerSecond() : 0;
    }

    /** Rental cost of one replica a month. */
    public double monthlyPerReplica() {
        return gpuDollarsPerHour * HOURS_PER_MONTH * sizing.gpusPerReplica();
    }

    /** "Qwen3-32B on 2 x H100 80GB SXM (FP8)", or the reason it cannot be priced. */
    public String label() {
        String base = modelName + " on ";
        return switch (sizing.outcome()) {
            case FITS ->
                base + gpusPerReplica() + " x " + gpu().name() + " ("
                        + precision().displayName() + ")";
            case DOES_NOT_FIT -> base + gpu().name() + " (" + precision().displayName() + "): does not fit";
            case CONTEXT_TOO_LONG -> base + gpu().name() + ": context too long for the model";
            case UNKNOWN -> base + gpu().name() + ": cannot be sized";
        };
    }

    /**
     * This option as a deployment of the cost engine, rented at its price; the on-premises
     * cost of a replica is the caller's to give.
     *
     * @throws IllegalStateException when the option cannot be priced
     */
    public GpuTier asTier(CostRange onPremMonthly) {
        if (!priceable()) {
            throw new IllegalStateException(label() + " cannot be priced");
        }
        double monthly = monthlyPerReplica();
        return new GpuTier(label(), throughput.tokensPerSecond(), CostRange.of(monthly, monthly), onPremMonthly);
    }
}
