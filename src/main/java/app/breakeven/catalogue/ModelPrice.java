package app.breakeven.catalogue;

import app.breakeven.costs.ApiPrice;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.AssertTrue;
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
}
