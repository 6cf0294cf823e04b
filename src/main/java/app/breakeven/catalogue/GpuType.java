package app.breakeven.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One GPU as its datasheet describes it: memory, memory bandwidth, dense tensor throughput
 * (half the "with sparsity" figure), power and how it talks to its neighbours.
 */
@Entity
public class GpuType extends CatalogueEntry {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @Positive
    private Integer memoryGb;

    @NotNull
    @DecimalMin(value = "0.001", message = "must be at least 0.001 TB/s")
    @Numeric(precision = 8, scale = 3)
    private BigDecimal memoryBandwidthTbps;

    @NotNull
    @DecimalMin(value = "0.01", message = "must be at least 0.01 TFLOPS")
    @Numeric(precision = 10, scale = 2)
    @Column(name = "bf16_dense_tflops")
    private BigDecimal bf16DenseTflops;

    /** Null for GPUs without FP8 tensor cores (A100). */
    @DecimalMin(value = "0.01", message = "must be at least 0.01 TFLOPS, or empty for none")
    @Numeric(precision = 10, scale = 2)
    @Column(name = "fp8_dense_tflops")
    private BigDecimal fp8DenseTflops;

    @NotNull
    @Positive
    private Integer tdpWatts;

    @NotBlank
    @Size(max = 200)
    private String interconnect;

    /** On-demand rental of one GPU an hour, cheapest seen; null when not known (never priced then). */
    @DecimalMin(value = "0", message = "must be at least $0 an hour")
    @Numeric(precision = 8, scale = 4)
    private BigDecimal cloudHourlyLow;

    /** On-demand rental of one GPU an hour, dearest seen. */
    @DecimalMin(value = "0", message = "must be at least $0 an hour")
    @Numeric(precision = 8, scale = 4)
    private BigDecimal cloudHourlyHigh;

    /** Where the rental prices were seen. */
    @Size(max = 1000)
    private String rentalSource;

    public GpuType() {}

    @AssertTrue(message = "give both rental prices an hour, low not above high, or neither")
    boolean isRentalRangeValid() {
        return (cloudHourlyLow == null && cloudHourlyHigh == null)
                || (cloudHourlyLow != null
                        && cloudHourlyHigh != null
                        && cloudHourlyLow.compareTo(cloudHourlyHigh) <= 0);
    }

    /** True when the catalogue knows what renting one costs, so an option on it can be priced. */
    public boolean hasRentalPrice() {
        return cloudHourlyLow != null && cloudHourlyHigh != null;
    }

    public BigDecimal getCloudHourlyLow() {
        return cloudHourlyLow;
    }

    public void setCloudHourlyLow(BigDecimal cloudHourlyLow) {
        this.cloudHourlyLow = cloudHourlyLow;
    }

    public BigDecimal getCloudHourlyHigh() {
        return cloudHourlyHigh;
    }

    public void setCloudHourlyHigh(BigDecimal cloudHourlyHigh) {
        this.cloudHourlyHigh = cloudHourlyHigh;
    }

    public String getRentalSource() {
        return rentalSource;
    }

    public void setRentalSource(String rentalSource) {
        this.rentalSource = rentalSource;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMemoryGb() {
        return memoryGb;
    }

    public void setMemoryGb(Integer memoryGb) {
        this.memoryGb = memoryGb;
    }

    public BigDecimal getMemoryBandwidthTbps() {
        return memoryBandwidthTbps;
    }

    public void setMemoryBandwidthTbps(BigDecimal memoryBandwidthTbps) {
        this.memoryBandwidthTbps = memoryBandwidthTbps;
    }

    public BigDecimal getBf16DenseTflops() {
        return bf16DenseTflops;
    }

    public void setBf16DenseTflops(BigDecimal bf16DenseTflops) {
        this.bf16DenseTflops = bf16DenseTflops;
    }

    public BigDecimal getFp8DenseTflops() {
        return fp8DenseTflops;
    }

    public void setFp8DenseTflops(BigDecimal fp8DenseTflops) {
        this.fp8DenseTflops = fp8DenseTflops;
    }

    public Integer getTdpWatts() {
        return tdpWatts;
    }

    public void setTdpWatts(Integer tdpWatts) {
        this.tdpWatts = tdpWatts;
    }

    public String getInterconnect() {
        return interconnect;
    }

    public void setInterconnect(String interconnect) {
        this.interconnect = interconnect;
    }
}
