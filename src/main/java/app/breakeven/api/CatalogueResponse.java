package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.OwnershipAssumption;
import app.breakeven.catalogue.PurchaseOffer;
import app.breakeven.catalogue.RentedOffer;
import app.breakeven.catalogue.ThroughputBenchmark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue as the API publishes it: plain figures with their source and as-of date,
 * and nothing of how they are stored (no ids, versions or lazy fields).
 */
record CatalogueResponse(
        List<Model> models,
        List<Tier> tiers,
        List<HiddenCost> hiddenCosts,
        List<Gpu> gpus,
        List<Benchmark> benchmarks,
        List<Rented> rentedOffers,
        List<Purchase> purchaseOffers,
        List<Assumption> ownershipAssumptions) {

    static CatalogueResponse of(Catalogue catalogue) {
        return new CatalogueResponse(
                catalogue.models().stream().map(Model::of).toList(),
                catalogue.tiers().stream().map(Tier::of).toList(),
                catalogue.hiddenCosts().stream().map(HiddenCost::of).toList(),
                catalogue.gpus().stream().map(Gpu::of).toList(),
                catalogue.benchmarks().stream().map(Benchmark::of).toList(),
                catalogue.rentedOffers().stream().map(Rented::of).toList(),
                catalogue.purchaseOffers().stream().map(Purchase::of).toList(),
                catalogue.ownershipAssumptions().stream().map(Assumption::of).toList());
    }

    /**
     * API prices in dollars per million tokens, and the model's architecture facts (null
     * where not public): layers, KV heads, head dimension, native precision, maximum context.
     */
    record Model(
            String name,
            String vendor,
            String license,
            BigDecimal outputPerMillion,
            BigDecimal inputPerMillion,
            BigDecimal cachedInputPerMillion,
            Integer contextWindow,
            BigDecimal paramsTotalBillions,
            BigDecimal paramsActiveBillions,
            BigDecimal selfHostEstimateLow,
            BigDecimal selfHostEstimateHigh,
            String source,
            LocalDate asOf,
            Integer layers,
            Integer kvHeads,
            Integer headDim,
            String nativePrecision,
            Integer maxContextTokens,
            String architectureSource,
            BigDecimal batchDiscount) {

        static Model of(ModelPrice m) {
            return new Model(
                    m.getName(),
                    m.getVendor(),
                    m.getLicense(),
                    m.getOutputPerMillion(),
                    m.getInputPerMillion(),
                    m.getCachedInputPerMillion(),
                    m.getContextWindow(),
                    m.getParamsTotalBillions(),
                    m.getParamsActiveBillions(),
                    m.getSelfHostEstimateLow(),
                    m.getSelfHostEstimateHigh(),
                    m.getSource(),
                    m.getAsOf(),
                    m.getLayers(),
                    m.getKvHeads(),
                    m.getHeadDim(),
                    m.getNativePrecision() == null
                            ? null
                            : m.getNativePrecision().name(),
                    m.getMaxContextTokens(),
                    m.getArchitectureSource(),
                    m.getBatchDiscount());
        }
    }

    /** A hardware tier: GPUs, dollars a month low and high for cloud and on-prem, throughput in tokens a second. */
    record Tier(
            String label,
            BigDecimal modelSizeMinBillions,
            BigDecimal modelSizeMaxBillions,
            String gpuType,
            int gpuCount,
            int gpuMemoryGb,
            BigDecimal cloudMonthlyLow,
            BigDecimal cloudMonthlyHigh,
            BigDecimal onPremMonthlyLow,
            BigDecimal onPremMonthlyHigh,
            BigDecimal tokensPerSecond,
            String throughputSource,
            String source,
            LocalDate asOf) {

        static Tier of(HardwareTier t) {
            return new Tier(
                    t.getLabel(),
                    t.getModelSizeMinBillions(),
                    t.getModelSizeMaxBillions(),
                    t.getGpuType(),
                    t.getGpuCount(),
                    t.getGpuMemoryGb(),
                    t.getCloudMonthlyLow(),
                    t.getCloudMonthlyHigh(),
                    t.getOnPremMonthlyLow(),
                    t.getOnPremMonthlyHigh(),
                    t.getTokensPerSecond(),
                    t.getThroughputSource(),
                    t.getSource(),
                    t.getAsOf());
        }
    }

    /** A hidden cost of self-hosting in dollars a month, low and high. */
    record HiddenCost(
            String name,
            BigDecimal monthlyLow,
            BigDecimal monthlyHigh,
            String appliesTo,
            String basis,
            boolean engineeringTime,
            String source,
            LocalDate asOf) {

        static HiddenCost of(HiddenCostCategory c) {
            return new HiddenCost(
                    c.getName(),
                    c.getMonthlyLow(),
                    c.getMonthlyHigh(),
                    c.getAppliesTo().name(),
                    c.getBasis().name(),
                    c.isEngineeringTime(),
                    c.getSource(),
                    c.getAsOf());
        }
    }

    /**
     * A GPU type from its datasheet: memory in GB, bandwidth in TB/s, dense tensor TFLOPS
     * (FP8 null where the GPU has none), TDP in watts.
     */
    record Gpu(
            String name,
            int memoryGb,
            BigDecimal memoryBandwidthTbps,
            BigDecimal bf16DenseTflops,
            BigDecimal fp8DenseTflops,
            int tdpWatts,
            String interconnect,
            String source,
            LocalDate asOf) {

        static Gpu of(GpuType g) {
            return new Gpu(
                    g.getName(),
                    g.getMemoryGb(),
                    g.getMemoryBandwidthTbps(),
                    g.getBf16DenseTflops(),
                    g.getFp8DenseTflops(),
                    g.getTdpWatts(),
                    g.getInterconnect(),
                    g.getSource(),
                    g.getAsOf());
        }
    }

    /**
     * A measured throughput: aggregate output tokens a second of one replica; concurrency null
     * where the source sent every request at once.
     */
    record Benchmark(
            String label,
            String model,
            String gpuType,
            int gpusPerReplica,
            String precision,
            Integer concurrency,
            BigDecimal outputTokensPerSecond,
            String source,
            LocalDate asOf) {

        static Benchmark of(ThroughputBenchmark b) {
            return new Benchmark(
                    b.getLabel(),
                    b.getModelKey(),
                    b.getGpuType(),
                    b.getGpusPerReplica(),
                    b.getPrecision().name(),
                    b.getConcurrency(),
                    b.getOutputTokensPerSecond(),
                    b.getSource(),
                    b.getAsOf());
        }
    }

    /**
     * A rental: an instance of some GPUs and dollars for the whole instance an hour; pricing is
     * ON_DEMAND, RESERVED or SPOT; instance type null where the listing names none.
     */
    record Rented(
            String label,
            String provider,
            String instanceType,
            String gpuType,
            int gpusPerInstance,
            BigDecimal instanceHourly,
            String pricing,
            String source,
            LocalDate asOf) {

        static Rented of(RentedOffer r) {
            return new Rented(
                    r.getLabel(),
                    r.getProvider(),
                    r.getInstanceType(),
                    r.getGpuType(),
                    r.getGpusPerInstance(),
                    r.getInstanceHourly(),
                    r.getPricing().name(),
                    r.getSource(),
                    r.getAsOf());
        }
    }

    /** A server to buy: its GPUs, price and installation in dollars (installation null where not known). */
    record Purchase(
            String label,
            String gpuType,
            int gpusPerServer,
            BigDecimal serverPrice,
            BigDecimal installationCost,
            String source,
            LocalDate asOf) {

        static Purchase of(PurchaseOffer p) {
            return new Purchase(
                    p.getLabel(),
                    p.getGpuType(),
                    p.getGpusPerServer(),
                    p.getServerPrice(),
                    p.getInstallationCost(),
                    p.getSource(),
                    p.getAsOf());
        }
    }

    /** An assumption of owning hardware: its name, value and unit. */
    record Assumption(String name, BigDecimal value, String unit, String source, LocalDate asOf) {

        static Assumption of(OwnershipAssumption a) {
            return new Assumption(a.getName(), a.getValue(), a.getUnit(), a.getSource(), a.getAsOf());
        }
    }
}
