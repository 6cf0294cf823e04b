package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.SizingFacts;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.GpuTier;
import app.breakeven.costs.sizing.DeploymentOption;
import app.breakeven.costs.sizing.Sizing;
import app.breakeven.costs.sizing.SizingAssumptions;
import app.breakeven.costs.sizing.SizingResult;
import app.breakeven.costs.sizing.Throughput;
import app.breakeven.costs.sizing.ThroughputEstimate;
import java.util.List;
import java.util.Locale;

/**
 * The self-host deployment a plan prices: the article's tier, or a replica sized from the
 * model and a GPU. A sized replica is priced at the GPU's rental range:
 *
 * <pre>
 *   cloud a month = GPU $/hour (low, high) x 730 hours x GPUs per replica
 * </pre>
 *
 * A model whose card lacks a fact sizing needs falls back to the article's tier, saying so;
 * a model that does not fit, a context longer than the model takes, or a GPU without a rental
 * price is refused, never priced.
 *
 * @param tier     the deployment as the cost engine takes it
 * @param option   the sized replica; null on the article's tier
 * @param fallback why a sized scenario is priced on the article's tier; null otherwise
 */
public record SizedHardware(GpuTier tier, DeploymentOption option, String fallback) {

    /** The article's tier, as the quick mode prices it. */
    static SizedHardware article(GpuTier tier) {
        return new SizedHardware(tier, null, null);
    }

    public boolean sized() {
        return option != null;
    }

    /**
     * The deployment for these inputs.
     *
     * @throws InvalidInputsException naming {@code gpu} when the sized replica cannot be priced
     */
    static SizedHardware resolve(ScenarioInputs inputs, Catalogue catalogue, SizingFacts facts) {
        Attempt attempt = attempt(inputs, catalogue, facts);
        if (attempt.refusal() != null) {
            throw new InvalidInputsException(List.of(new InputProblem("gpu", attempt.refusal())));
        }
        return attempt.hardware();
    }

    /**
     * A sizing that may be refused, for screens that size every model on every GPU and show
     * each refusal in its cell rather than stopping at the first.
     *
     * @param hardware   the deployment; null when refused
     * @param doesNotFit true when refused because eight GPUs cannot hold the model
     * @param refusal    why it cannot be priced; null when it can
     */
    record Attempt(SizedHardware hardware, boolean doesNotFit, String refusal) {

        static Attempt refused(boolean doesNotFit, String why) {
            return new Attempt(null, doesNotFit, why);
        }
    }

    static Attempt attempt(ScenarioInputs inputs, Catalogue catalogue, SizingFacts facts) {
        ModelPrice model = catalogue.model(inputs.model()).orElseThrow();
        GpuTier articleTier = catalogue.tier(inputs.tier()).orElseThrow().gpuTier();
        SizingChoice choice = inputs.sizing();
        if (choice == null) {
            return new Attempt(article(articleTier), false, null);
        }
        GpuType gpuRow = catalogue.gpu(choice.gpu()).orElseThrow();
        var gpu = facts.gpu(choice.gpu());
        if (gpu.isEmpty()) {
            return Attempt.refused(
                    false,
                    "the catalogue lacks a figure of " + choice.gpu()
                            + " that sizing needs (memory, bandwidth, TFLOPS or power)");
        }
        SizingResult sizing = Sizing.size(
                SizingFacts.architecture(model),
                gpu.get(),
                choice.weights(),
                choice.kvCache(),
                choice.contextTokens(),
                choice.concurrency(),
                SizingAssumptions.DEFAULT);
        switch (sizing.outcome()) {
            case UNKNOWN -> {
                return new Attempt(
                        new SizedHardware(
                                articleTier,
                                null,
                                model.getName() + "'s model card does not give "
                                        + String.join(", ", sizing.missingFacts())
                                        + ": priced on the article's tier " + inputs.tier() + " instead"),
                        false,
                        null);
            }
            case DOES_NOT_FIT -> {
                return Attempt.refused(
                        true,
                        String.format(
                                Locale.ROOT,
                                "does not fit: %s in %s with its KV cache needs %s GB; 8 x %s hold %s GB usable",
                                model.getName(),
                                choice.weights().displayName(),
                                gb(sizing.totalGb()),
                                gpu.get().name(),
                                gb(8 * sizing.usablePerGpuGb())));
            }
            case CONTEXT_TOO_LONG -> {
                return Attempt.refused(
                        false,
                        model.getName() + " takes at most "
                                + String.format(Locale.ROOT, "%,d", model.getMaxContextTokens())
                                + " tokens of context");
            }
            case FITS -> {}
        }
        ThroughputEstimate throughput =
                Throughput.estimate(model.getName(), sizing, facts.measured(), facts.calibration());
        if (!throughput.known()) {
            return new Attempt(
                    new SizedHardware(
                            articleTier,
                            null,
                            model.getName() + "'s active parameters are not known, so its throughput cannot be"
                                    + " estimated: priced on the article's tier " + inputs.tier() + " instead"),
                    false,
                    null);
        }
        if (!gpuRow.hasRentalPrice()) {
            return Attempt.refused(
                    false, "the catalogue has no rental price for " + gpu.get().name() + ": add one to price it");
        }
        var option = new DeploymentOption(
                model.getName(), sizing, throughput, gpuRow.getCloudHourlyLow().doubleValue());
        double replicaHours = DeploymentOption.HOURS_PER_MONTH * sizing.gpusPerReplica();
        CostRange cloud = CostRange.of(
                gpuRow.getCloudHourlyLow().doubleValue() * replicaHours,
                gpuRow.getCloudHourlyHigh().doubleValue() * replicaHours);
        // Owned hardware is not priced on sized options (the deployment check refuses it), so the
        // engine's on-prem side only mirrors the rental range and is never read.
        GpuTier tier = new GpuTier(option.label(), throughput.tokensPerSecond(), cloud, cloud);
        return new Attempt(new SizedHardware(tier, option, null), false, null);
    }

    /** "4 x L4 24GB (FP8)": the replica, without the model's name. */
    public String replica() {
        return option == null
                ? tier.label()
                : option.gpusPerReplica() + " x " + option.gpu().name() + " ("
                        + option.precision().displayName() + ")";
    }

    private static String gb(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
