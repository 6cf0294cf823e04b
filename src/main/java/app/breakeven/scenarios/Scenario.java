package app.breakeven.scenarios;

import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A saved planning scenario. */
@Entity
public class Scenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 1000)
    private String description;

    @NotNull
    @DecimalMin("0")
    private BigDecimal tokensPerDay;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("1")
    private BigDecimal inputShare;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "model_id")
    private ModelPrice model;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "tier_id")
    private HardwareTier tier;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Deployment deployment;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    private BigDecimal utilization;

    @NotNull
    @DecimalMin("1")
    private BigDecimal peakFactor;

    @NotNull
    @DecimalMin(value = "-1", inclusive = false)
    private BigDecimal growthPerMonth;

    @Min(1)
    @Max(60)
    private int horizonMonths;

    @Min(1)
    @Max(31)
    private int daysPerMonth;

    protected Scenario() {
    }

    /** The inputs the planner takes. */
    public ScenarioInputs inputs() {
        return new ScenarioInputs(tokensPerDay.doubleValue(), model.getName(), tier.getLabel(), deployment,
                utilization.doubleValue(), peakFactor.doubleValue(), inputShare.doubleValue(), daysPerMonth);
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

    public String getDescription() {
        return description;
    }

    public BigDecimal getGrowthPerMonth() {
        return growthPerMonth;
    }

    public int getHorizonMonths() {
        return horizonMonths;
    }
}
