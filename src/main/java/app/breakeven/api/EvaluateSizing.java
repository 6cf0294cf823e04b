package app.breakeven.api;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.sizing.DeploymentOption;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.costs.sizing.SizingResult;
import app.breakeven.costs.sizing.ThroughputEstimate;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.SizedHardware;
import app.breakeven.scenarios.SizingChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a sized request's replica was built: the choice with its defaults filled in, the
 * memory arithmetic, the tensor-parallel size, the throughput with where it comes from, the
 * rental range of one replica and the arithmetic line by line. When the model card lacks a
 * fact sizing needs, the plan is priced on the article's tier: the mode says so, the
 * figures are null and {@code fallback} says why. GB are 10^9 bytes; money is dollars a
 * month rounded to the cent.
 *
 * @param mode                      {@value #SIZED} or {@value #ARTICLE_TIER}
 * @param throughputProvenance      "measured" (a benchmark row) or "estimate" (memory bandwidth)
 * @param throughputSource          the row's source and date, or how the estimate was made
 * @param rentalMonthlyPerReplica   GPU $/hour (low, high) x 730 hours x GPUs per replica
 */
record EvaluateSizing(
        String mode,
        String gpu,
        Integer gpusPerReplica,
        Precision weights,
        Precision kvCache,
        int contextTokens,
        int concurrency,
        Double weightsGb,
        Double kvCacheGb,
        Double totalGb,
        Double usablePerGpuGb,
        Double throughputTokensPerSecond,
        String throughputProvenance,
        String throughputSource,
        EvaluateResponse.Range rentalMonthlyPerReplica,
        List<String> explanation,
        String fallback) {

    static final String SIZED = "sized";
    static final String ARTICLE_TIER = "article tier";

    /** The sizing of a sized plan; null for a plan on the article's tier by choice. */
    static EvaluateSizing of(Plan plan) {
        SizingChoice choice = plan.inputs().sizing();
        if (choice == null) {
            return null;
        }
        SizedHardware hardware = plan.hardware();
        if (!hardware.sized()) {
            return new EvaluateSizing(
                    ARTICLE_TIER,
                    choice.gpu(),
                    null,
                    choice.weights(),
                    choice.kvCache(),
                    choice.contextTokens(),
                    choice.concurrency(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    hardware.fallback());
        }
        DeploymentOption option = hardware.option();
        SizingResult sizing = option.sizing();
        ThroughputEstimate throughput = option.throughput();
        CostRange rental = hardware.tier().cloudMonthly();
        List<String> explanation = new ArrayList<>(sizing.explanation());
        explanation.addAll(throughput.how());
        return new EvaluateSizing(
                SIZED,
                choice.gpu(),
                option.gpusPerReplica(),
                choice.weights(),
                choice.kvCache(),
                choice.contextTokens(),
                choice.concurrency(),
                sizing.weightsGb(),
                sizing.kvCacheGb(),
                sizing.totalGb(),
                sizing.usablePerGpuGb(),
                option.tokensPerSecond(),
                throughput.provenance().name().toLowerCase(Locale.ROOT),
                throughput.label(),
                EvaluateResponse.Range.of(rental),
                List.copyOf(explanation),
                null);
    }
}
