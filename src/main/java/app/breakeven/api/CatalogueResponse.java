package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.catalogue.ModelPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue as the API publishes it: plain figures with their source and as-of date,
 * and nothing of how they are stored (no ids, versions or lazy fields).
 */
record CatalogueResponse(List<Model> models, List<Tier> tiers, List<HiddenCost> hiddenCosts) {

    static CatalogueResponse of(Catalogue catalogue) {
        return new CatalogueResponse(
                catalogue.models().stream().map(Model::of).toList(),
                catalogue.tiers().stream().map(Tier::of).toList(),
                catalogue.hiddenCosts().stream().map(HiddenCost::of).toList());
    }

    /** API prices in dollars per million tokens. */
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
            LocalDate asOf) {

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
                    m.getAsOf());
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
}
