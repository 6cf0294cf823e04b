package app.breakeven.costs.sizing;

import java.util.Objects;

/**
 * One GPU type as its vendor's datasheet gives it.
 *
 * @param name                  the catalogue's name for it, e.g. "H100 80GB SXM"
 * @param memoryGb              memory in GB (10^9 bytes, as datasheets count)
 * @param memoryBandwidthTbPerS memory bandwidth in TB/s (10^12 bytes a second)
 * @param denseBf16Tflops       dense (not sparse) BF16 TFLOPS
 * @param denseFp8Tflops        dense FP8 TFLOPS, {@link Double#NaN} for a GPU without FP8 units, such as the A100
 * @param tdpWatts              thermal design power in watts
 * @param interconnect          how GPUs of one node talk, e.g. "NVLink 900 GB/s" or "PCIe Gen4"
 */
public record GpuSpec(
        String name,
        double memoryGb,
        double memoryBandwidthTbPerS,
        double denseBf16Tflops,
        double denseFp8Tflops,
        int tdpWatts,
        String interconnect) {

    public GpuSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interconnect, "interconnect");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a GPU needs a name");
        }
        requirePositive(memoryGb, "memory (GB)", name);
        requirePositive(memoryBandwidthTbPerS, "memory bandwidth (TB/s)", name);
        requirePositive(denseBf16Tflops, "dense BF16 TFLOPS", name);
        if (!Double.isNaN(denseFp8Tflops)) {
            requirePositive(denseFp8Tflops, "dense FP8 TFLOPS", name);
        }
        if (tdpWatts <= 0) {
            throw new IllegalArgumentException(name + ": TDP must be above 0 W: " + tdpWatts);
        }
    }

    /** A GPU without FP8 units, as a catalogue row with an empty FP8 column builds it. */
    public static GpuSpec withoutFp8(
            String name,
            double memoryGb,
            double memoryBandwidthTbPerS,
            double denseBf16Tflops,
            int tdpWatts,
            String interconnect) {
        return new GpuSpec(name, memoryGb, memoryBandwidthTbPerS, denseBf16Tflops, Double.NaN, tdpWatts, interconnect);
    }

    public boolean hasFp8() {
        return !Double.isNaN(denseFp8Tflops);
    }

    private static void requirePositive(double value, String what, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + ": " + what + " must be above 0: " + value);
        }
    }
}
