package app.breakeven.costs.sizing;

/**
 * Public facts the sizing tests use, from the models' cards and config.json files and the
 * vendors' datasheets.
 */
final class Models {

    /**
     * Qwen3-32B: 32.8B parameters (model card, huggingface.co/Qwen/Qwen3-32B); config.json:
     * num_hidden_layers 64, num_key_value_heads 8, head_dim 128, bfloat16; 32,768 tokens native.
     */
    static final ModelArchitecture QWEN3_32B = ModelArchitecture.dense(32.8, 64, 8, 128, Precision.BF16, 32_768);

    /**
     * Qwen3-8B: 8.2B parameters (model card, huggingface.co/Qwen/Qwen3-8B); config.json:
     * num_hidden_layers 36, num_key_value_heads 8, head_dim 128, bfloat16; 32,768 tokens native.
     */
    static final ModelArchitecture QWEN3_8B = ModelArchitecture.dense(8.2, 36, 8, 128, Precision.BF16, 32_768);

    /**
     * Llama 3.1 405B: 405B parameters (model card, huggingface.co/meta-llama/Llama-3.1-405B);
     * config.json: num_hidden_layers 126, num_key_value_heads 8, 128 heads of 16,384 / 128 = 128.
     */
    static final ModelArchitecture LLAMA_31_405B = ModelArchitecture.dense(405, 126, 8, 128, Precision.BF16, 131_072);

    /** NVIDIA H100 SXM datasheet: 80 GB HBM3, 3.35 TB/s, 989 dense BF16 and 1,979 dense FP8 TFLOPS, 700 W. */
    static final GpuSpec H100_SXM = new GpuSpec("H100 80GB SXM", 80, 3.35, 989, 1979, 700, "NVLink 900 GB/s");

    /** NVIDIA A100 datasheet: 40 GB HBM2, 1.555 TB/s, 312 dense BF16 TFLOPS, no FP8, 400 W (SXM). */
    static final GpuSpec A100_40 = GpuSpec.withoutFp8("A100 40GB", 40, 1.555, 312, 400, "NVLink 600 GB/s");

    /** NVIDIA A100 datasheet: 80 GB HBM2e, 2.039 TB/s, 312 dense BF16 TFLOPS, no FP8, 400 W (SXM). */
    static final GpuSpec A100_80 = GpuSpec.withoutFp8("A100 80GB", 80, 2.039, 312, 400, "NVLink 600 GB/s");

    /** NVIDIA L4 datasheet: 24 GB GDDR6, 300 GB/s, 121 dense BF16 and 242 dense FP8 TFLOPS, 72 W. */
    static final GpuSpec L4 = new GpuSpec("L4", 24, 0.3, 121, 242, 72, "PCIe Gen4");

    private Models() {}

    /** A GPU like the H100 but with the given memory, to put a model exactly at a boundary. */
    static GpuSpec withMemory(double memoryGb) {
        return new GpuSpec("test GPU " + memoryGb + " GB", memoryGb, 3.35, 989, 1979, 700, "NVLink");
    }
}
