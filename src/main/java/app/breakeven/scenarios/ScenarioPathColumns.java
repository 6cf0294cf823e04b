package app.breakeven.scenarios;

import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A scenario's three-path terms as columns (V14): all null on a scenario priced the article's
 * way alone, so Hibernate reads the whole group back as null.
 */
@Embeddable
class ScenarioPathColumns {

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.TOKENS_PER_REQUEST_MAX)
    private BigDecimal requestInputTokens;

    @DecimalMax(ScenarioLimits.TOKENS_PER_REQUEST_MAX)
    private BigDecimal requestOutputTokens;

    @DecimalMin("0")
    @DecimalMax("1")
    private BigDecimal cachedInputShare;

    @DecimalMin("0")
    @DecimalMax("1")
    private BigDecimal batchShare;

    @DecimalMax("730")
    private BigDecimal activeHoursPerMonth;

    @DecimalMin(ScenarioLimits.HEADROOM_MIN)
    @DecimalMax("1")
    private BigDecimal headroom;

    @Enumerated(EnumType.STRING)
    private BillingMode billingMode;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.RUNTIME_BUFFER_MAX)
    private BigDecimal runtimeBuffer;

    @Min(1)
    @Max(ScenarioLimits.MINIMUM_REPLICAS_MAX)
    private Integer minimumReplicas;

    private Boolean spareReplica;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.ENGINEER_MONTHLY_MAX)
    private BigDecimal loadedMonthlyPerFte;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.OPS_FTE_MAX)
    private BigDecimal apiOpsFte;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.OPS_FTE_MAX)
    private BigDecimal rentedOpsFte;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.OPS_FTE_MAX)
    private BigDecimal ownedOpsFte;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.MIGRATION_COST_MAX)
    private BigDecimal apiImplementation;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.MIGRATION_COST_MAX)
    private BigDecimal rentedImplementation;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.MIGRATION_COST_MAX)
    private BigDecimal ownedImplementation;

    @Enumerated(EnumType.STRING)
    private CostLens costLens;

    private BigDecimal ownUsefulLifeYears;
    private BigDecimal ownResidualShare;
    private BigDecimal ownCapitalRate;
    private BigDecimal ownMaintenanceShare;
    private BigDecimal ownElectricityPerKwh;
    private BigDecimal ownPue;
    private BigDecimal ownBaseServerWatts;

    @Column(name = "own_facility_per_month")
    private BigDecimal ownFacilityPerServerMonth;

    protected ScenarioPathColumns() {}

    static ScenarioPathColumns of(PathsChoice c) {
        ScenarioPathColumns p = new ScenarioPathColumns();
        p.requestInputTokens = decimal(c.inputTokensPerRequest(), 2);
        p.requestOutputTokens = decimal(c.outputTokensPerRequest(), 2);
        p.cachedInputShare = decimal(c.cachedInputShare(), 4);
        p.batchShare = decimal(c.batchShare(), 4);
        p.activeHoursPerMonth = decimal(c.activeHoursPerMonth(), 2);
        p.headroom = decimal(c.headroom(), 4);
        p.billingMode = c.billing();
        p.runtimeBuffer = decimal(c.runtimeBuffer(), 4);
        p.minimumReplicas = c.minimumReplicas();
        p.spareReplica = c.spare();
        p.loadedMonthlyPerFte = decimal(c.loadedMonthlyPerFte(), 2);
        p.apiOpsFte = decimal(c.apiOpsFte(), 3);
        p.rentedOpsFte = decimal(c.rentedOpsFte(), 3);
        p.ownedOpsFte = decimal(c.ownedOpsFte(), 3);
        p.apiImplementation = decimal(c.apiImplementation(), 2);
        p.rentedImplementation = decimal(c.rentedImplementation(), 2);
        p.ownedImplementation = decimal(c.ownedImplementation(), 2);
        p.costLens = c.lens();
        OwnershipOverrides o = c.ownership() == null ? OwnershipOverrides.NONE : c.ownership();
        p.ownUsefulLifeYears = optional(o.usefulLifeYears());
        p.ownResidualShare = optional(o.residualShare());
        p.ownCapitalRate = optional(o.annualCapitalRate());
        p.ownMaintenanceShare = optional(o.annualMaintenanceShare());
        p.ownElectricityPerKwh = optional(o.electricityPerKwh());
        p.ownPue = optional(o.pue());
        p.ownBaseServerWatts = optional(o.baseServerWatts());
        p.ownFacilityPerServerMonth = optional(o.facilityPerServerMonth());
        return p;
    }

    PathsChoice choice() {
        OwnershipOverrides overrides = new OwnershipOverrides(
                number(ownUsefulLifeYears),
                number(ownResidualShare),
                number(ownCapitalRate),
                number(ownMaintenanceShare),
                number(ownElectricityPerKwh),
                number(ownPue),
                number(ownBaseServerWatts),
                number(ownFacilityPerServerMonth));
        return new PathsChoice(
                requestInputTokens.doubleValue(),
                requestOutputTokens.doubleValue(),
                cachedInputShare.doubleValue(),
                batchShare.doubleValue(),
                activeHoursPerMonth.doubleValue(),
                headroom.doubleValue(),
                billingMode,
                runtimeBuffer.doubleValue(),
                minimumReplicas,
                spareReplica,
                loadedMonthlyPerFte.doubleValue(),
                apiOpsFte.doubleValue(),
                rentedOpsFte.doubleValue(),
                ownedOpsFte.doubleValue(),
                apiImplementation.doubleValue(),
                rentedImplementation.doubleValue(),
                ownedImplementation.doubleValue(),
                costLens,
                overrides.any() ? overrides : null);
    }

    /** At the column's scale, so what is saved is exactly what is read back. */
    private static BigDecimal decimal(double value, int scale) {
        return new BigDecimal(Double.toString(value)).setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal optional(Double value) {
        return value == null ? null : decimal(value, 6);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
