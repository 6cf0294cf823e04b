package app.breakeven.catalogue;

import static app.breakeven.catalogue.Columns.choice;
import static app.breakeven.catalogue.Columns.column;
import static app.breakeven.catalogue.Columns.date;
import static app.breakeven.catalogue.Columns.decimal;
import static app.breakeven.catalogue.Columns.integer;
import static app.breakeven.catalogue.Columns.text;

import app.breakeven.costs.sizing.Precision;
import java.util.List;

/** The columns of the sizing tables: GPU types and measured throughput. */
final class SizingTables {

    private SizingTables() {}

    static CatalogueTable<GpuType> gpus() {
        return new CatalogueTable<>(
                CatalogueKind.GPU,
                GpuType::new,
                GpuType::getName,
                List.of(
                        column("name", "Name", GpuType::getName, text(GpuType::setName)),
                        column(
                                "memory_gb",
                                "Memory (GB)",
                                GpuType::getMemoryGb,
                                integer("memory_gb", true, GpuType::setMemoryGb)),
                        column(
                                "memory_bandwidth_tbps",
                                "Memory bandwidth (TB/s)",
                                GpuType::getMemoryBandwidthTbps,
                                decimal("memory_bandwidth_tbps", GpuType::setMemoryBandwidthTbps)),
                        column(
                                "bf16_dense_tflops",
                                "BF16 dense TFLOPS",
                                GpuType::getBf16DenseTflops,
                                decimal("bf16_dense_tflops", GpuType::setBf16DenseTflops)),
                        new CatalogueTable.Column<>(
                                "fp8_dense_tflops",
                                "FP8 dense TFLOPS",
                                GpuType::getFp8DenseTflops,
                                decimal("fp8_dense_tflops", GpuType::setFp8DenseTflops),
                                "none"),
                        column(
                                "tdp_watts",
                                "TDP (W)",
                                GpuType::getTdpWatts,
                                integer("tdp_watts", true, GpuType::setTdpWatts)),
                        column(
                                "interconnect",
                                "Interconnect",
                                GpuType::getInterconnect,
                                text(GpuType::setInterconnect)),
                        new CatalogueTable.Column<>(
                                "cloud_hourly_low",
                                "Rental $/GPU-hour, low",
                                GpuType::getCloudHourlyLow,
                                decimal("cloud_hourly_low", GpuType::setCloudHourlyLow),
                                "unknown"),
                        new CatalogueTable.Column<>(
                                "cloud_hourly_high",
                                "Rental $/GPU-hour, high",
                                GpuType::getCloudHourlyHigh,
                                decimal("cloud_hourly_high", GpuType::setCloudHourlyHigh),
                                "unknown"),
                        new CatalogueTable.Column<>(
                                "rental_source",
                                "Rental prices seen at",
                                GpuType::getRentalSource,
                                text(GpuType::setRentalSource),
                                ""),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }

    static CatalogueTable<ThroughputBenchmark> benchmarks() {
        return new CatalogueTable<>(
                CatalogueKind.BENCHMARK,
                ThroughputBenchmark::new,
                ThroughputBenchmark::getLabel,
                List.of(
                        column("label", "Label", ThroughputBenchmark::getLabel, text(ThroughputBenchmark::setLabel)),
                        column(
                                "model_key",
                                "Model or size class",
                                ThroughputBenchmark::getModelKey,
                                text(ThroughputBenchmark::setModelKey)),
                        column(
                                "gpu_type",
                                "GPU type",
                                ThroughputBenchmark::getGpuType,
                                text(ThroughputBenchmark::setGpuType)),
                        column(
                                "gpus_per_replica",
                                "GPUs per replica",
                                ThroughputBenchmark::getGpusPerReplica,
                                integer("gpus_per_replica", true, ThroughputBenchmark::setGpusPerReplica)),
                        column(
                                "precision",
                                "Precision",
                                ThroughputBenchmark::getPrecision,
                                choice("precision", Precision.class, ThroughputBenchmark::setPrecision)),
                        new CatalogueTable.Column<>(
                                "concurrency",
                                "Concurrency",
                                ThroughputBenchmark::getConcurrency,
                                integer("concurrency", false, ThroughputBenchmark::setConcurrency),
                                "not stated (saturated)"),
                        column(
                                "output_tokens_per_second",
                                "Output tokens/s",
                                ThroughputBenchmark::getOutputTokensPerSecond,
                                decimal("output_tokens_per_second", ThroughputBenchmark::setOutputTokensPerSecond)),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }
}
