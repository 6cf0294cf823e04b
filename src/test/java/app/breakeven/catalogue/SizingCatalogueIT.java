package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** GPU types, throughput benchmarks and model architecture facts on real PostgreSQL. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class SizingCatalogueIT {

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CsvImport csvImport;

    private static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private GpuType gpu(String name) {
        return catalogue.gpus().stream()
                .filter(g -> g.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private GpuType newGpu(String name) {
        GpuType gpu = CatalogueTable.GPUS.item(
                Map.of(
                        "name", name,
                        "memory_gb", "80",
                        "memory_bandwidth_tbps", "2",
                        "bf16_dense_tflops", "300",
                        "tdp_watts", "400",
                        "interconnect", "PCIe",
                        "source", "test datasheet",
                        "as_of", LocalDate.now().toString()),
                null,
                0);
        return editing.save(CatalogueKind.GPU, gpu);
    }

    private ThroughputBenchmark newBenchmark(String label, String gpuName) {
        ThroughputBenchmark benchmark = CatalogueTable.BENCHMARKS.item(
                Map.of(
                        "label", label,
                        "model_key", "Test-8B",
                        "gpu_type", gpuName,
                        "gpus_per_replica", "1",
                        "precision", "FP8",
                        "output_tokens_per_second", "1000",
                        "source", "test run",
                        "as_of", LocalDate.now().toString()),
                null,
                0);
        return editing.save(CatalogueKind.BENCHMARK, benchmark);
    }

    @Test
    void seeds_eight_gpus_from_datasheets_with_dense_figures_and_a_source_each() {
        assertThat(catalogue.gpus())
                .extracting(GpuType::getName)
                .contains(
                        "A100 40GB SXM",
                        "A100 80GB SXM",
                        "H100 80GB SXM",
                        "H200 141GB SXM",
                        "L40S 48GB",
                        "L4 24GB",
                        "B200 180GB",
                        "MI300X 192GB");
        assertThat(catalogue.gpus()).allSatisfy(g -> {
            assertThat(g.getSource()).isNotBlank();
            assertThat(g.getAsOf()).isNotNull();
        });
        // The datasheet's 1,979 BF16 TFLOPS is with sparsity: 1,979 / 2 = 989.5 dense.
        GpuType h100 = gpu("H100 80GB SXM");
        assertThat(h100.getBf16DenseTflops()).isEqualByComparingTo("989.5");
        assertThat(h100.getFp8DenseTflops()).isEqualByComparingTo("1979");
        assertThat(h100.getMemoryBandwidthTbps()).isEqualByComparingTo("3.35");
        assertThat(gpu("A100 80GB SXM").getFp8DenseTflops())
                .as("Ampere has no FP8")
                .isNull();
    }

    @Test
    void seeds_the_reference_benchmarks_and_the_models_architecture_facts() {
        assertThat(catalogue.benchmarks()).hasSizeGreaterThanOrEqualTo(8);
        ThroughputBenchmark a100 = catalogue.benchmarks().stream()
                .filter(b -> b.getLabel().equals("Llama-3.1-70B FP8, 2x A100 80GB"))
                .findFirst()
                .orElseThrow();
        assertThat(a100.getGpuType()).isEqualTo("A100 80GB SXM");
        assertThat(a100.getGpusPerReplica()).isEqualTo(2);
        assertThat(a100.getPrecision()).isEqualTo(Precision.FP8);
        assertThat(a100.getOutputTokensPerSecond()).isEqualByComparingTo("663");
        assertThat(a100.getSource()).contains("LambdaLabsML/vllm-benchmark");

        ModelPrice qwen = catalogue.findModel("Qwen3-32B").orElseThrow();
        assertThat(List.of(qwen.getLayers(), qwen.getKvHeads(), qwen.getHeadDim()))
                .containsExactly(64, 8, 128);
        assertThat(qwen.getNativePrecision()).isEqualTo(Precision.BF16);
        assertThat(qwen.getArchitectureSource()).contains("Qwen/Qwen3-32B");
        assertThat(qwen.getSource())
                .as("the price's source is kept as it was")
                .isEqualTo("Article, model price table; parameters from the model card");
        ModelPrice flash = catalogue.findModel("DeepSeek V4 Flash").orElseThrow();
        assertThat(flash.getLayers()).isEqualTo(43);
        assertThat(flash.getMaxContextTokens()).isEqualTo(1_048_576);
    }

    @Test
    void records_history_for_gpu_and_benchmark_edits() {
        GpuType gpu = newGpu(unique("Historic GPU"));
        GpuType edited = CatalogueTable.GPUS.copyOf(gpu);
        edited.setMemoryGb(96);
        editing.save(CatalogueKind.GPU, edited);

        List<CatalogueChange> history = editing.history(CatalogueKind.GPU, gpu.getId());
        assertThat(history)
                .extracting(CatalogueChange::getAction)
                .containsExactly(CatalogueChange.Action.CREATE, CatalogueChange.Action.UPDATE);
        assertThat(CatalogueEditing.values(history.get(1).getOldValues())).containsEntry("memory_gb", "80");
        assertThat(CatalogueEditing.values(history.get(1).getNewValues())).containsEntry("memory_gb", "96");
        assertThat(history.get(1).getChangedBy()).isEqualTo(TestAccounts.ANALYST);

        ThroughputBenchmark benchmark = newBenchmark(unique("Historic run"), gpu.getName());
        ThroughputBenchmark faster = CatalogueTable.BENCHMARKS.copyOf(benchmark);
        faster.setOutputTokensPerSecond(new BigDecimal("1250"));
        editing.save(CatalogueKind.BENCHMARK, faster);
        assertThat(editing.history(CatalogueKind.BENCHMARK, benchmark.getId()))
                .extracting(c -> CatalogueEditing.values(c.getNewValues()).get("output_tokens_per_second"))
                .containsExactly("1000", "1250");
    }

    @Test
    void a_second_editor_of_a_gpu_or_benchmark_gets_a_conflict_and_changes_nothing() {
        GpuType gpu = newGpu(unique("Contested GPU"));
        GpuType first = CatalogueTable.GPUS.copyOf(gpu);
        GpuType second = CatalogueTable.GPUS.copyOf(gpu);
        first.setTdpWatts(450);
        editing.save(CatalogueKind.GPU, first);
        second.setTdpWatts(500);

        assertThatThrownBy(() -> editing.save(CatalogueKind.GPU, second))
                .isInstanceOfSatisfying(
                        CatalogueConflictException.class,
                        e -> assertThat(e.current()).containsEntry("tdp_watts", "450"));
        assertThat(gpu(gpu.getName()).getTdpWatts()).isEqualTo(450);

        ThroughputBenchmark benchmark = newBenchmark(unique("Contested run"), gpu.getName());
        ThroughputBenchmark mine = CatalogueTable.BENCHMARKS.copyOf(benchmark);
        ThroughputBenchmark theirs = CatalogueTable.BENCHMARKS.copyOf(benchmark);
        theirs.setConcurrency(64);
        editing.save(CatalogueKind.BENCHMARK, theirs);
        mine.setConcurrency(32);
        assertThatThrownBy(() -> editing.save(CatalogueKind.BENCHMARK, mine))
                .isInstanceOfSatisfying(
                        CatalogueConflictException.class,
                        e -> assertThat(e.current()).containsEntry("concurrency", "64"));
    }

    @Test
    void exports_gpus_benchmarks_and_models_as_csv_that_imports_back_unchanged() {
        for (CatalogueKind kind : List.of(CatalogueKind.GPU, CatalogueKind.BENCHMARK, CatalogueKind.MODEL)) {
            String csv = csvImport.exportCsv(kind);
            ImportPreview<CatalogueEntry> preview = csvImport.previewCsv(kind, bytes(csv));

            assertThat(preview.problems()).as("%s", kind).isEmpty();
            assertThat(preview.rows()).as("%s", kind).isNotEmpty();
            assertThat(preview.rows())
                    .as("%s", kind)
                    .extracting(ImportPreview.Row::action)
                    .containsOnly(ImportPreview.Action.UNCHANGED);
        }
        assertThat(csvImport.exportCsv(CatalogueKind.GPU))
                .startsWith("name,memory_gb,memory_bandwidth_tbps,bf16_dense_tflops,fp8_dense_tflops,"
                        + "tdp_watts,interconnect,cloud_hourly_low,cloud_hourly_high,rental_source,source,as_of");
    }

    @Test
    void a_benchmark_csv_with_bad_rows_names_each_line_and_column_and_imports_nothing() {
        String good = unique("Good run");
        String csv = "label,model_key,gpu_type,gpus_per_replica,precision,concurrency,output_tokens_per_second,"
                + "source,as_of\n"
                + good + ",Test-8B,H100 80GB SXM,1,FP8,16,3000,test,2026-11-01\n"
                + unique("Three GPUs") + ",Test-8B,H100 80GB SXM,3,FP8,,3000,test,2026-11-01\n"
                + unique("Half precision") + ",Test-8B,H100 80GB SXM,1,FP16,,3000,test,2026-11-01\n"
                + unique("Unknown GPU") + ",Test-8B,Z9000,1,BF16,,3000,test,2026-11-01\n"
                + unique("No speed") + ",Test-8B,L4 24GB,1,INT4,0,0,test,2026-11-01\n";

        ImportPreview<ThroughputBenchmark> preview = csvImport.previewCsv(CatalogueKind.BENCHMARK, bytes(csv));

        assertThat(preview.problems())
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactlyInAnyOrder(
                        "3:gpus_per_replica",
                        "4:precision",
                        "5:gpu_type",
                        "6:concurrency",
                        "6:output_tokens_per_second");
        assertThat(preview.problems())
                .filteredOn(p -> p.column().equals("gpu_type"))
                .extracting(ItemProblem::message)
                .containsExactly("no GPU type is named 'Z9000'; add it to the GPU types first");
        assertThatThrownBy(() -> csvImport.importCsv(CatalogueKind.BENCHMARK, bytes(csv)))
                .isInstanceOf(InvalidItemException.class);
        assertThat(catalogue.benchmarks())
                .extracting(ThroughputBenchmark::getLabel)
                .doesNotContain(good);
    }

    @Test
    void refuses_bad_gpu_figures_and_architecture_facts_without_a_source() {
        GpuType bad = CatalogueTable.GPUS.copyOf(gpu("L4 24GB"));
        bad.setMemoryGb(0);
        bad.setMemoryBandwidthTbps(new BigDecimal("-1"));
        bad.setFp8DenseTflops(new BigDecimal("1e12"));
        bad.setInterconnect(" ");
        assertThatThrownBy(() -> editing.save(CatalogueKind.GPU, bad))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(e.problems())
                                .extracting(ItemProblem::column)
                                .containsExactlyInAnyOrder(
                                        "memory_gb", "memory_bandwidth_tbps", "fp8_dense_tflops", "interconnect"));
        assertThat(gpu("L4 24GB").getMemoryGb()).isEqualTo(24);

        ModelPrice model = editing.save(
                CatalogueKind.MODEL,
                new ModelPrice(unique("Sized"), "Test", "MIT", new BigDecimal("0.1"), "test", LocalDate.now()));
        ModelPrice unsourced = CatalogueTable.MODELS.copyOf(model);
        unsourced.setLayers(32);
        unsourced.setKvHeads(0);
        assertThatThrownBy(() -> editing.save(CatalogueKind.MODEL, unsourced))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(e.problems())
                                .extracting(ItemProblem::column)
                                .containsExactlyInAnyOrder("architecture_source", "kv_heads"));
    }

    @Test
    void a_gpu_with_benchmarks_cannot_be_deleted_and_a_rename_carries_them_along() {
        GpuType gpu = newGpu(unique("Measured GPU"));
        String label = unique("Measured run");
        newBenchmark(label, gpu.getName());

        assertThatThrownBy(() -> editing.delete(CatalogueKind.GPU, gpu.getId(), gpu.getVersion()))
                .isInstanceOfSatisfying(
                        ItemInUseException.class,
                        e -> assertThat(e.getMessage()).contains("1 throughput benchmark: " + label));

        GpuType renamed = CatalogueTable.GPUS.copyOf(gpu);
        renamed.setName(gpu.getName() + " (renamed)");
        editing.save(CatalogueKind.GPU, renamed);
        assertThat(catalogue.benchmarks())
                .filteredOn(b -> b.getLabel().equals(label))
                .extracting(ThroughputBenchmark::getGpuType)
                .containsExactly(gpu.getName() + " (renamed)");
    }
}
