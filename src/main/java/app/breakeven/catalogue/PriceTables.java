package app.breakeven.catalogue;

import static app.breakeven.catalogue.Columns.choice;
import static app.breakeven.catalogue.Columns.column;
import static app.breakeven.catalogue.Columns.date;
import static app.breakeven.catalogue.Columns.decimal;
import static app.breakeven.catalogue.Columns.fact;
import static app.breakeven.catalogue.Columns.flag;
import static app.breakeven.catalogue.Columns.integer;
import static app.breakeven.catalogue.Columns.text;

import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.sizing.Precision;
import java.util.List;

/** The columns of the price tables: models (with their architecture facts), hardware tiers, hidden costs. */
final class PriceTables {

    private PriceTables() {}

    static CatalogueTable<ModelPrice> models() {
        return new CatalogueTable<>(
                CatalogueKind.MODEL,
                ModelPrice::new,
                ModelPrice::getName,
                List.of(
                        column("name", "Name", ModelPrice::getName, text(ModelPrice::setName)),
                        column("vendor", "Vendor", ModelPrice::getVendor, text(ModelPrice::setVendor)),
                        column("license", "License", ModelPrice::getLicense, text(ModelPrice::setLicense)),
                        column(
                                "output_per_million",
                                "Output $/1M",
                                ModelPrice::getOutputPerMillion,
                                decimal("output_per_million", ModelPrice::setOutputPerMillion)),
                        new CatalogueTable.Column<>(
                                "input_per_million",
                                "Input $/1M",
                                ModelPrice::getInputPerMillion,
                                decimal("input_per_million", ModelPrice::setInputPerMillion),
                                "as output"),
                        column(
                                "cached_input_per_million",
                                "Cached input $/1M",
                                ModelPrice::getCachedInputPerMillion,
                                decimal("cached_input_per_million", ModelPrice::setCachedInputPerMillion)),
                        new CatalogueTable.Column<>(
                                "batch_discount",
                                "Batch discount (share off)",
                                ModelPrice::getBatchDiscount,
                                decimal("batch_discount", ModelPrice::setBatchDiscount),
                                "none"),
                        column(
                                "context_window",
                                "Context window",
                                ModelPrice::getContextWindow,
                                integer("context_window", false, ModelPrice::setContextWindow)),
                        fact(
                                "params_total_billions",
                                "Parameters (B)",
                                ModelPrice::getParamsTotalBillions,
                                decimal("params_total_billions", ModelPrice::setParamsTotalBillions)),
                        fact(
                                "params_active_billions",
                                "Active parameters (B)",
                                ModelPrice::getParamsActiveBillions,
                                decimal("params_active_billions", ModelPrice::setParamsActiveBillions)),
                        fact(
                                "layers",
                                "Layers",
                                ModelPrice::getLayers,
                                integer("layers", false, ModelPrice::setLayers)),
                        fact(
                                "kv_heads",
                                "KV heads",
                                ModelPrice::getKvHeads,
                                integer("kv_heads", false, ModelPrice::setKvHeads)),
                        fact(
                                "head_dim",
                                "Head dimension",
                                ModelPrice::getHeadDim,
                                integer("head_dim", false, ModelPrice::setHeadDim)),
                        fact(
                                "native_precision",
                                "Native precision",
                                ModelPrice::getNativePrecision,
                                choice("native_precision", Precision.class, ModelPrice::setNativePrecision)),
                        fact(
                                "max_context_tokens",
                                "Max context (tokens)",
                                ModelPrice::getMaxContextTokens,
                                integer("max_context_tokens", false, ModelPrice::setMaxContextTokens)),
                        column(
                                "architecture_source",
                                "Architecture source",
                                ModelPrice::getArchitectureSource,
                                text(ModelPrice::setArchitectureSource)),
                        column(
                                "self_host_estimate_low",
                                "Self-host estimate low",
                                ModelPrice::getSelfHostEstimateLow,
                                decimal("self_host_estimate_low", ModelPrice::setSelfHostEstimateLow)),
                        column(
                                "self_host_estimate_high",
                                "Self-host estimate high",
                                ModelPrice::getSelfHostEstimateHigh,
                                decimal("self_host_estimate_high", ModelPrice::setSelfHostEstimateHigh)),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }

    static CatalogueTable<HardwareTier> tiers() {
        return new CatalogueTable<>(
                        CatalogueKind.TIER,
                        HardwareTier::new,
                        HardwareTier::getLabel,
                        List.of(
                                column("label", "Label", HardwareTier::getLabel, text(HardwareTier::setLabel)),
                                column(
                                        "model_size_min_billions",
                                        "Model size from (B)",
                                        HardwareTier::getModelSizeMinBillions,
                                        decimal("model_size_min_billions", HardwareTier::setModelSizeMinBillions)),
                                column(
                                        "model_size_max_billions",
                                        "Model size to (B)",
                                        HardwareTier::getModelSizeMaxBillions,
                                        decimal("model_size_max_billions", HardwareTier::setModelSizeMaxBillions)),
                                column("gpu_type", "GPU", HardwareTier::getGpuType, text(HardwareTier::setGpuType)),
                                column(
                                        "gpu_count",
                                        "GPUs",
                                        HardwareTier::getGpuCount,
                                        integer("gpu_count", true, HardwareTier::setGpuCount)),
                                column(
                                        "gpu_memory_gb",
                                        "GPU memory (GB)",
                                        HardwareTier::getGpuMemoryGb,
                                        integer("gpu_memory_gb", true, HardwareTier::setGpuMemoryGb)),
                                column(
                                        "cloud_monthly_low",
                                        "Cloud $/month low",
                                        HardwareTier::getCloudMonthlyLow,
                                        decimal("cloud_monthly_low", HardwareTier::setCloudMonthlyLow)),
                                column(
                                        "cloud_monthly_high",
                                        "Cloud $/month high",
                                        HardwareTier::getCloudMonthlyHigh,
                                        decimal("cloud_monthly_high", HardwareTier::setCloudMonthlyHigh)),
                                column(
                                        "on_prem_monthly_low",
                                        "On-prem $/month low",
                                        HardwareTier::getOnPremMonthlyLow,
                                        decimal("on_prem_monthly_low", HardwareTier::setOnPremMonthlyLow)),
                                column(
                                        "on_prem_monthly_high",
                                        "On-prem $/month high",
                                        HardwareTier::getOnPremMonthlyHigh,
                                        decimal("on_prem_monthly_high", HardwareTier::setOnPremMonthlyHigh)),
                                column(
                                        "tokens_per_second",
                                        "Throughput (tokens/s)",
                                        HardwareTier::getTokensPerSecond,
                                        decimal("tokens_per_second", HardwareTier::setTokensPerSecond)),
                                column(
                                        "throughput_source",
                                        "Throughput source",
                                        HardwareTier::getThroughputSource,
                                        text(HardwareTier::setThroughputSource)),
                                column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                                column(
                                        "as_of",
                                        "As of",
                                        CatalogueEntry::getAsOf,
                                        date("as_of", CatalogueEntry::setAsOf))))
                // By model size, as a reader scans them: 7-9B before 13-14B.
                .ordered(java.util.Comparator.comparing(
                        HardwareTier::getModelSizeMinBillions,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    }

    static CatalogueTable<HiddenCostCategory> hiddenCosts() {
        return new CatalogueTable<>(
                CatalogueKind.HIDDEN_COST,
                HiddenCostCategory::new,
                HiddenCostCategory::getName,
                List.of(
                        column("name", "Name", HiddenCostCategory::getName, text(HiddenCostCategory::setName)),
                        column(
                                "monthly_low",
                                "$/month low",
                                HiddenCostCategory::getMonthlyLow,
                                decimal("monthly_low", HiddenCostCategory::setMonthlyLow)),
                        column(
                                "monthly_high",
                                "$/month high",
                                HiddenCostCategory::getMonthlyHigh,
                                decimal("monthly_high", HiddenCostCategory::setMonthlyHigh)),
                        column(
                                "applies_to",
                                "Applies to",
                                HiddenCostCategory::getAppliesTo,
                                choice("applies_to", HiddenCost.Scope.class, HiddenCostCategory::setAppliesTo)),
                        column(
                                "basis",
                                "Basis",
                                HiddenCostCategory::getBasis,
                                choice("basis", HiddenCost.Basis.class, HiddenCostCategory::setBasis)),
                        column(
                                "engineering_time",
                                "Engineering time",
                                HiddenCostCategory::isEngineeringTime,
                                flag("engineering_time", HiddenCostCategory::setEngineeringTime)),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }
}
