package app.breakeven.catalogue;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.GpuTier;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A GPU configuration that serves models of a size range, with what it costs and carries. */
@Entity
public class HardwareTier extends CatalogueEntry {

    @NotBlank
    @Size(max = 120)
    private String label;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 10, scale = 2)
    private BigDecimal modelSizeMinBillions;

    @Numeric(precision = 10, scale = 2)
    private BigDecimal modelSizeMaxBillions;

    @NotBlank
    @Size(max = 120)
    private String gpuType;

    @Positive
    private int gpuCount;

    @Positive
    private int gpuMemoryGb;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal cloudMonthlyLow;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal cloudMonthlyHigh;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal onPremMonthlyLow;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal onPremMonthlyHigh;

    @NotNull
    // The column keeps 4 decimals: anything smaller would be stored as 0 tokens a second.
    @DecimalMin(value = "0.0001", message = "must be at least 0.0001")
    @Numeric(precision = 14, scale = 4)
    private BigDecimal tokensPerSecond;

    @NotBlank
    @Size(max = 1000)
    private String throughputSource;

    public HardwareTier() {}

    @AssertTrue(message = "the low cloud cost must not be above the high one")
    boolean isCloudRangeValid() {
        return cloudMonthlyLow == null || cloudMonthlyHigh == null || cloudMonthlyLow.compareTo(cloudMonthlyHigh) <= 0;
    }

    @AssertTrue(message = "the low on-prem cost must not be above the high one")
    boolean isOnPremRangeValid() {
        return onPremMonthlyLow == null
                || onPremMonthlyHigh == null
                || onPremMonthlyLow.compareTo(onPremMonthlyHigh) <= 0;
    }

    /** The engine's view of one deployment on this tier. */
    public GpuTier gpuTier() {
        return new GpuTier(
                label,
                tokensPerSecond.doubleValue(),
                CostRange.of(cloudMonthlyLow.doubleValue(), cloudMonthlyHigh.doubleValue()),
                CostRange.of(onPremMonthlyLow.doubleValue(), onPremMonthlyHigh.doubleValue()));
    }

    /** "2x A100 80GB". */
    public String gpus() {
        return gpuCount + "x " + gpuType;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getModelSizeMinBillions() {
        return modelSizeMinBillions;
    }

    public BigDecimal getModelSizeMaxBillions() {
        return modelSizeMaxBillions;
    }

    public String getGpuType() {
        return gpuType;
    }

    public int getGpuCount() {
        return gpuCount;
    }

    public int getGpuMemoryGb() {
        return gpuMemoryGb;
    }

    public BigDecimal getCloudMonthlyLow() {
        return cloudMonthlyLow;
    }

    public BigDecimal getCloudMonthlyHigh() {
        return cloudMonthlyHigh;
    }

    public BigDecimal getOnPremMonthlyLow() {
        return onPremMonthlyLow;
    }

    public BigDecimal getOnPremMonthlyHigh() {
        return onPremMonthlyHigh;
    }

    public BigDecimal getTokensPerSecond() {
        return tokensPerSecond;
    }

    public String getThroughputSource() {
        return throughputSource;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setModelSizeMinBillions(BigDecimal modelSizeMinBillions) {
        this.modelSizeMinBillions = modelSizeMinBillions;
    }

    public void setModelSizeMaxBillions(BigDecimal modelSizeMaxBillions) {
        this.modelSizeMaxBillions = modelSizeMaxBillions;
    }

    public void setGpuType(String gpuType) {
        this.gpuType = gpuType;
    }

    public void setGpuCount(int gpuCount) {
        this.gpuCount = gpuCount;
    }

    public void setGpuMemoryGb(int gpuMemoryGb) {
        this.gpuMemoryGb = gpuMemoryGb;
    }

    public void setCloudMonthlyLow(BigDecimal cloudMonthlyLow) {
        this.cloudMonthlyLow = cloudMonthlyLow;
    }

    public void setCloudMonthlyHigh(BigDecimal cloudMonthlyHigh) {
        this.cloudMonthlyHigh = cloudMonthlyHigh;
    }

    public void setOnPremMonthlyLow(BigDecimal onPremMonthlyLow) {
        this.onPremMonthlyLow = onPremMonthlyLow;
    }

    public void setOnPremMonthlyHigh(BigDecimal onPremMonthlyHigh) {
        this.onPremMonthlyHigh = onPremMonthlyHigh;
    }

    public void setTokensPerSecond(BigDecimal tokensPerSecond) {
        this.tokensPerSecond = tokensPerSecond;
    }

    public void setThroughputSource(String throughputSource) {
        this.throughputSource = throughputSource;
    }
}
