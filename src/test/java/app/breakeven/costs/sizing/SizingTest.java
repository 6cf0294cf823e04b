package app.breakeven.costs.sizing;

import static app.breakeven.costs.sizing.Models.A100_40;
import static app.breakeven.costs.sizing.Models.H100_SXM;
import static app.breakeven.costs.sizing.Models.L4;
import static app.breakeven.costs.sizing.Models.LLAMA_31_405B;
import static app.breakeven.costs.sizing.Models.QWEN3_32B;
import static app.breakeven.costs.sizing.Models.QWEN3_8B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.sizing.SizingResult.Outcome;
import org.junit.jupiter.api.Test;

/** Memory arithmetic worked out by hand for named models and GPUs. */
class SizingTest {

    private static final SizingAssumptions DEFAULT = SizingAssumptions.DEFAULT;

    @Test
    void qwen3_32b_in_bf16_with_eight_32k_sequences_needs_four_h100s() {
        // weights   = 32.8 B x 2 bytes                          = 65.6 GB
        // KV/token  = 2 x 64 layers x 8 KV heads x 128 x 2 bytes = 262,144 bytes
        // KV cache  = 262,144 x 32,768 tokens x 8 sequences     = 68,719,476,736 bytes = 68.719476736 GB
        // total     = (65.6 + 68.719476736) x 1.10              = 147.7514244096 GB
        // usable    = 80 GB x 0.90 = 72 GB a GPU: 1 -> 72, 2 -> 144 (< 147.75), 4 -> 288 (fits)
        SizingResult r = Sizing.size(QWEN3_32B, H100_SXM, Precision.BF16, Precision.BF16, 32_768, 8, DEFAULT);

        assertThat(r.outcome()).isEqualTo(Outcome.FITS);
        assertThat(r.weightsGb()).isCloseTo(65.6, within(1e-9));
        assertThat(r.kvBytesPerToken()).isEqualTo(262_144);
        assertThat(r.kvCacheGb()).isCloseTo(68.719476736, within(1e-9));
        assertThat(r.totalGb()).isCloseTo(147.7514244096, within(1e-9));
        assertThat(r.gpusPerReplica()).isEqualTo(4);
        assertThat(r.explanation())
                .containsExactly(
                        "Weights: 32.8 B parameters x 2 bytes (BF16) = 65.6 GB (1 GB = 10^9 bytes)",
                        "KV cache per token: 2 x 64 layers x 8 KV heads x 128 head dim x 2 bytes (BF16) = 262,144 bytes",
                        "KV cache: 262,144 bytes x 32,768 tokens x 8 sequences = 68.719 GB",
                        "Total: (65.6 GB + 68.719 GB) x (1 + 0.1 runtime overhead) = 147.751 GB",
                        "Usable per GPU: 80 GB x 0.9 = 72 GB (H100 80GB SXM)",
                        "2 GPUs: 144 GB < 147.751 GB, too small",
                        "4 GPUs per replica (tensor parallel 4): 288 GB >= 147.751 GB");
    }

    @Test
    void qwen3_8b_in_fp8_with_sixteen_8k_sequences_needs_two_l4s() {
        // weights   = 8.2 B x 1 byte                             = 8.2 GB
        // KV/token  = 2 x 36 layers x 8 KV heads x 128 x 2 bytes = 147,456 bytes
        // KV cache  = 147,456 x 8,192 tokens x 16 sequences     = 19,327,352,832 bytes = 19.327352832 GB
        // total     = (8.2 + 19.327352832) x 1.10               = 30.2800881152 GB
        // usable    = 24 GB x 0.90 = 21.6 GB a GPU: 1 -> 21.6 (too small), 2 -> 43.2 (fits)
        SizingResult r = Sizing.size(QWEN3_8B, L4, Precision.FP8, Precision.BF16, 8_192, 16, DEFAULT);

        assertThat(r.weightsGb()).isCloseTo(8.2, within(1e-9));
        assertThat(r.kvBytesPerToken()).isEqualTo(147_456);
        assertThat(r.kvCacheGb()).isCloseTo(19.327352832, within(1e-9));
        assertThat(r.totalGb()).isCloseTo(30.2800881152, within(1e-9));
        assertThat(r.gpusPerReplica()).isEqualTo(2);
    }

    @Test
    void an_fp8_kv_cache_halves_the_cache_and_int4_weights_take_half_a_byte() {
        // weights  = 8.2 B x 0.5 byte = 4.1 GB
        // KV/token = 2 x 36 x 8 x 128 x 1 byte = 73,728 bytes; x 8,192 x 16 = 9.663676416 GB
        SizingResult r = Sizing.size(QWEN3_8B, L4, Precision.INT4, Precision.FP8, 8_192, 16, DEFAULT);

        assertThat(r.weightsGb()).isCloseTo(4.1, within(1e-9));
        assertThat(r.kvBytesPerToken()).isEqualTo(73_728);
        assertThat(r.kvCacheGb()).isCloseTo(9.663676416, within(1e-9));
    }

    @Test
    void the_tensor_parallel_size_changes_exactly_where_usable_memory_meets_the_total() {
        // Qwen3-8B in BF16, one 4,096-token sequence:
        // weights = 8.2 x 2 = 16.4 GB; KV = 147,456 x 4,096 = 603,979,776 bytes = 0.603979776 GB
        // total   = (16.4 + 0.603979776) x 1.10 = 18.7043777536 GB
        // One GPU holds it from 18.7043777536 / 0.9 = 20.7826 GB on:
        //   20.79 GB x 0.9 = 18.711 >= 18.7044: 1 GPU;  20.78 GB x 0.9 = 18.702 < 18.7044: 2 GPUs
        // Two GPUs hold it from 18.7043777536 / 1.8 = 10.3913 GB on:
        //   2 x 10.40 x 0.9 = 18.72 >= 18.7044: 2 GPUs; 2 x 10.39 x 0.9 = 18.702 < 18.7044: 4 GPUs
        assertThat(gpusFor(20.79)).isEqualTo(1);
        assertThat(gpusFor(20.78)).isEqualTo(2);
        assertThat(gpusFor(10.40)).isEqualTo(2);
        assertThat(gpusFor(10.39)).isEqualTo(4);
        assertThat(Sizing.size(QWEN3_8B, Models.withMemory(10.40), Precision.BF16, Precision.BF16, 4_096, 1, DEFAULT)
                        .totalGb())
                .isCloseTo(18.7043777536, within(1e-9));
    }

    @Test
    void usable_memory_equal_to_the_total_fits() {
        // No overhead, all memory usable: weights 8.2 x 2 = 16.4 GB plus
        // KV 147,456 x 1 / 10^9 = 0.000147456 GB = 16.400147456 GB, exactly the memory of two
        // GPUs of 8.200073728 GB; both sides round to the same double, so this is the boundary itself.
        var exact = new SizingAssumptions(0, 1);
        SizingResult r =
                Sizing.size(QWEN3_8B, Models.withMemory(8.200073728), Precision.BF16, Precision.BF16, 1, 1, exact);

        assertThat(r.totalGb()).isEqualTo(2 * 8.200073728);
        assertThat(r.gpusPerReplica()).isEqualTo(2);
    }

    @Test
    void llama_405b_in_bf16_does_not_fit_on_eight_a100_40gb() {
        // weights  = 405 B x 2 bytes = 810 GB
        // KV/token = 2 x 126 layers x 8 KV heads x 128 x 2 bytes = 516,096 bytes; x 4,096 = 2.113929216 GB
        // total    = (810 + 2.113929216) x 1.10 = 893.3253221376 GB
        // 8 GPUs   = 8 x 40 x 0.90 = 288 GB < 893.33 GB: does not fit, never priced
        SizingResult r = Sizing.size(LLAMA_31_405B, A100_40, Precision.BF16, Precision.BF16, 4_096, 1, DEFAULT);

        assertThat(r.outcome()).isEqualTo(Outcome.DOES_NOT_FIT);
        assertThat(r.fits()).isFalse();
        assertThat(r.gpusPerReplica()).isZero();
        assertThat(r.totalGb()).isCloseTo(893.3253221376, within(1e-9));
        assertThat(r.explanation())
                .last()
                .isEqualTo("Does not fit: 8 GPUs hold 288 GB < 893.325 GB; more than one node is not priced");
    }

    @Test
    void a_model_missing_a_fact_cannot_be_sized_and_says_which() {
        var noKvHeads = new ModelArchitecture(284.0, 13.0, 60, null, null, Precision.FP8, null);

        SizingResult r = Sizing.size(noKvHeads, H100_SXM, Precision.FP8, Precision.BF16, 4_096, 8, DEFAULT);

        assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(r.fits()).isFalse();
        assertThat(r.missingFacts()).containsExactly("KV heads", "head dimension");
        assertThat(r.explanation())
                .containsExactly("Cannot size: the model card does not give KV heads, head dimension."
                        + " The article's hardware tier is used instead.");
        assertThat(Sizing.size(ModelArchitecture.UNKNOWN, H100_SXM, Precision.FP8, Precision.BF16, 1, 1, DEFAULT)
                        .missingFacts())
                .containsExactly("total parameters", "layers", "KV heads", "head dimension");
    }

    @Test
    void a_context_beyond_the_models_window_is_never_priced() {
        SizingResult r = Sizing.size(QWEN3_8B, H100_SXM, Precision.BF16, Precision.BF16, 32_769, 1, DEFAULT);

        assertThat(r.outcome()).isEqualTo(Outcome.CONTEXT_TOO_LONG);
        assertThat(r.explanation())
                .containsExactly(
                        "Cannot size: a context of 32,769 tokens exceeds the model's maximum of 32,768 tokens.");
    }

    @Test
    void bad_input_is_refused_with_a_message_naming_it() {
        assertThatThrownBy(() -> Sizing.size(QWEN3_8B, H100_SXM, Precision.BF16, Precision.BF16, 4_096, 0, DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concurrent sequences");
        assertThatThrownBy(() -> Sizing.size(QWEN3_8B, H100_SXM, Precision.BF16, Precision.BF16, 0, 1, DEFAULT))
                .hasMessageContaining("context");
        assertThatThrownBy(() -> new SizingAssumptions(0.1, 1.2)).hasMessageContaining("usable memory share");
        assertThatThrownBy(() -> new SizingAssumptions(-0.1, 0.9)).hasMessageContaining("runtime overhead");
        assertThatThrownBy(() -> ModelArchitecture.dense(8, 0, 8, 128, Precision.BF16, null))
                .hasMessageContaining("layers");
        assertThatThrownBy(() -> new ModelArchitecture(10.0, 20.0, 1, 1, 1, null, null))
                .hasMessageContaining("active parameters");
        assertThatThrownBy(() -> new GpuSpec("X", 0, 1, 1, Double.NaN, 100, "PCIe"))
                .hasMessageContaining("memory (GB)");
        assertThatThrownBy(() -> Precision.parse("fp16")).hasMessageContaining("BF16, FP8, INT8, INT4");
        assertThat(Precision.parse(" fp8 ")).isEqualTo(Precision.FP8);
        assertThat(A100_40.hasFp8()).isFalse();
        assertThat(H100_SXM.hasFp8()).isTrue();
    }

    private static int gpusFor(double memoryGb) {
        return Sizing.size(QWEN3_8B, Models.withMemory(memoryGb), Precision.BF16, Precision.BF16, 4_096, 1, DEFAULT)
                .gpusPerReplica();
    }
}
