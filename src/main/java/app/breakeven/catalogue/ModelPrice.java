package app.breakeven.catalogue;

import app.breakeven.costs.ApiPrice;
import app.breakeven.costs.sizing.Precision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What one model costs through an API, in dollars per million tokens. */
@Entity
public class ModelPrice extends CatalogueEntry {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 120)
    private String vendor;

    @NotBlank
    @Size(max = 120)
    private String license;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 14, scale = 6)
    private BigDecimal outputPerMillion;

    @DecimalMin("0")
    @Numeric(precision = 14, scale = 6)
    private BigDecimal inputPerMillion;

    @DecimalMin("0")
    @Numeric(precision = 14, scale = 6)
    private BigDecimal cachedInputPerMillion;

    /**
     * Share off the price for traffic sent through the provider's batch API (0.5 = half price);
     * null when no batch price is documented for the model.
     */
    @DecimalMin(value = "0", message = "must be a share from 0 to 1, or empty for no batch price")
    @DecimalMax(value = "1", message = "must be a share from 0 to 1, or empty for no batch price")
    @Numeric(precision = 5, scale = 4)
    private BigDecimal batchDiscount;

    @Positive
    private Integer contextWindow;

    @DecimalMin(value = "0.01", message = "must be at least 0.01 (billions, kept to 2 decimals)")
    @Numeric(precision = 10, scale = 2)
    private BigDecimal paramsTotalBillions;

    @DecimalMin(value = "0.01", message = "must be at least 0.01 (billions, kept to 2 decimals)")
    @Numeric(precision = 10, scale = 2)
    private BigDecimal paramsActiveBillions;

    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal selfHostEstimateLow;

    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal selfHostEstimateHigh;

    // Architecture facts for sizing (weights and KV cache against GPU memory); null when
    // not public, which the screens show as unknown.

    @Positive
    private Integer layers;

    @Positive
    private Integer kvHeads;

    @Positive
    private Integer headDim;

    @Enumerated(EnumType.STRING)
    private Precision nativePrecision;

    @Positive
    private Integer maxContextTokens;

    /** Where the architecture facts come from, apart from the price's source. */
    @Size(max = 1000)
    private String architectureSource;

    public ModelPrice() {}

    public ModelPrice(
            String name, String vendor, String license, BigDecimal outputPerMillion, String source, LocalDate asOf) {
        this.name = name;
        this.vendor = vendor;
        this.license = license;
        this.outputPerMillion = outputPerMillion;
        setSource(source);
        setAsOf(asOf);
    }

    @AssertTrue(message = "the low self-host estimate must not be above the high one")
    boolean isEstimateRangeValid() {
        return selfHostEstimateLow == null
                || selfHostEstimateHigh == null
                || selfHostEstimateLow.compareTo(selfHostEstimateHigh) <= 0;
    }

    @AssertTrue(message = "active parameters cannot exceed total parameters")
    boolean isParameterCountValid() {
        return paramsActiveBillions == null
                || paramsTotalBillions == null
                || paramsActiveBillions.compareTo(paramsTotalBillions) <= 0;
    }

    @AssertTrue(message = "name where the architecture facts come from")
    boolean isArchitectureSourced() {
        boolean anyFact = layers != null
                || kvHeads != null
                || headDim != null
                || nativePrecision != null
                || maxContextTokens != null;
        return !anyFact || (architectureSource != null && !architectureSource.isBlank());
    }

    /** The engine's view: input priced as output where the catalogue has no input price. */
    public ApiPrice apiPrice() {
        return ApiPrice.of(
                outputPerMillion.doubleValue(), inputPerMillion == null ? null : inputPerMillion.doubleValue());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public BigDecimal getOutputPerMillion() {
        return outputPerMillion;
    }

    public void setOutputPerMillion(BigDecimal outputPerMillion) {
        this.outputPerMillion = outputPerMillion;
    }

    public BigDecimal getInputPerMillion() {
        return inputPerMillion;
    }

    public void setInputPerMillion(BigDecimal inputPerMillion) {
        this.inputPerMillion = inputPerMillion;
    }

    public BigDecimal getCachedInputPerMillion() {
        return cachedInputPerMillion;
    }

    public void setCachedInputPerMillion(BigDecimal cachedInputPerMillion) {
        this.cachedInputPerMillion = cachedInputPerMillion;
    }

    public Integer getContextWindow() {
        return contextWindow;
    }

    public void setContextWindow(Integer contextWindow) {
        this.contextWindow = contextWindow;
    }

    public BigDecimal getParamsTotalBillions() {
        return paramsTotalBillions;
    }

    public void setParamsTotalBillions(BigDecimal paramsTotalBillions) {
        this.paramsTotalBillions = paramsTotalBillions;
    }

    public BigDecimal getParamsActiveBillions() {
        return paramsActiveBillions;
    }

    public void setParamsActiveBillions(BigDecimal paramsActiveBillions) {
        this.paramsActiveBillions = paramsActiveBillions;
    }

    public BigDecimal getSelfHostEstimateLow() {
        return selfHostEstimateLow;
    }

    public BigDecimal getSelfHostEstimateHigh() {
        return selfHostEstimateHigh;
    }

    public void setSelfHostEstimateLow(BigDecimal low) {
        this.selfHostEstimateLow = low;
    }

    public void setSelfHostEstimateHigh(BigDecimal high) {
        this.selfHostEstimateHigh = high;
    }

    public void setSelfHostEstimate(BigDecimal low, BigDecimal high) {
        this.selfHostEstimateLow = low;
        this.selfHostEstimateHigh = high;
    }

    public Integer getLayers() {
        return layers;
    }

    public void setLayers(Integer layers) {
        this.layers = layers;
    }

    public Integer getKvHeads() {
        return kvHeads;
    }

    public void setKvHeads(Integer kvHeads) {
        this.kvHeads = kvHeads;
    }

    public Integer getHeadDim() {
        return headDim;
    }

    public void setHeadDim(Integer headDim) {
        this.headDim = headDim;
    }

    public Precision getNativePrecision() {
        return nativePrecision;
    }

    public void setNativePrecision(Precision nativePrecision) {
        this.nativePrecision = nativePrecision;
    }

    public Integer getMaxContextTokens() {
        return maxContextTokens;
    }

    public void setMaxContextTokens(Integer maxContextTokens) {
        this.maxContextTokens = maxContextTokens;
    }

    public BigDecimal getBatchDiscount() {
        return batchDiscount;
    }

    public void setBatchDiscount(BigDecimal batchDiscount) {
        this.batchDiscount = batchDiscount;
    }

    public String getArchitectureSource() {
        return architectureSource;
    }

    public void setArchitectureSource(String architectureSource) {
        this.architectureSource = architectureSource;
    }
}
