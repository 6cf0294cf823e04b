package app.breakeven.catalogue;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.HiddenCost;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A monthly cost of self-hosting beyond the GPUs, such as monitoring or an engineer's time. */
@Entity
public class HiddenCostCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @DecimalMin("0")
    private BigDecimal monthlyLow;

    @NotNull
    @DecimalMin("0")
    private BigDecimal monthlyHigh;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HiddenCost.Scope appliesTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HiddenCost.Basis basis;

    /** Whether a scenario's own engineering time replaces this category. */
    private boolean engineeringTime;

    @NotBlank
    @Size(max = 1000)
    private String source;

    @NotNull
    private LocalDate asOf;

    protected HiddenCostCategory() {
    }

    @AssertTrue(message = "the low cost must not be above the high one")
    boolean isRangeValid() {
        return monthlyLow == null || monthlyHigh == null || monthlyLow.compareTo(monthlyHigh) <= 0;
    }

    public HiddenCost hiddenCost() {
        return new HiddenCost(name, CostRange.of(monthlyLow.doubleValue(), monthlyHigh.doubleValue()), appliesTo, basis);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public String getSource() {
        return source;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
