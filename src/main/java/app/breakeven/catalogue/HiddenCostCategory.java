package app.breakeven.catalogue;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.HiddenCost;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A monthly cost of self-hosting beyond the GPUs, such as monitoring or an engineer's time. */
@Entity
public class HiddenCostCategory extends CatalogueEntry {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal monthlyLow;

    @NotNull
    @DecimalMin("0")
    @Numeric(precision = 12, scale = 2)
    private BigDecimal monthlyHigh;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HiddenCost.Scope appliesTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HiddenCost.Basis basis;

    /** Whether a scenario's own engineering time replaces this category. */
    private boolean engineeringTime;

    public HiddenCostCategory() {}

    @AssertTrue(message = "the low cost must not be above the high one")
    boolean isRangeValid() {
        return monthlyLow == null || monthlyHigh == null || monthlyLow.compareTo(monthlyHigh) <= 0;
    }

    public HiddenCost hiddenCost() {
        return new HiddenCost(
                name, CostRange.of(monthlyLow.doubleValue(), monthlyHigh.doubleValue()), appliesTo, basis);
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMonthlyLow() {
        return monthlyLow;
    }

    public BigDecimal getMonthlyHigh() {
        return monthlyHigh;
    }

    public HiddenCost.Scope getAppliesTo() {
        return appliesTo;
    }

    public HiddenCost.Basis getBasis() {
        return basis;
    }

    public boolean isEngineeringTime() {
        return engineeringTime;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setMonthlyLow(BigDecimal monthlyLow) {
        this.monthlyLow = monthlyLow;
    }

    public void setMonthlyHigh(BigDecimal monthlyHigh) {
        this.monthlyHigh = monthlyHigh;
    }

    public void setAppliesTo(HiddenCost.Scope appliesTo) {
        this.appliesTo = appliesTo;
    }

    public void setBasis(HiddenCost.Basis basis) {
        this.basis = basis;
    }

    public void setEngineeringTime(boolean engineeringTime) {
        this.engineeringTime = engineeringTime;
    }
}
