package app.breakeven.scenarios;

import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.security.Role;
import app.breakeven.security.SignedIn;
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
    @Size(max = ScenarioLimits.NAME_MAX_LENGTH)
    private String name;

    @Size(max = ScenarioLimits.DESCRIPTION_MAX_LENGTH)
    private String description;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.TOKENS_PER_DAY_MAX)
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

    /** Null on the article's tier; with the four fields after it, the hardware sized from a GPU. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "gpu_type_id")
    private GpuType gpu;

    @Enumerated(EnumType.STRING)
    private Precision weightsPrecision;

    @Enumerated(EnumType.STRING)
    private Precision kvCachePrecision;

    @Min(1)
    @Max(ScenarioLimits.CONTEXT_MAX_TOKENS)
    private Integer contextTokens;

    @Min(1)
    @Max(ScenarioLimits.CONCURRENCY_MAX)
    private Integer concurrency;

    /** Null on a scenario priced the article's way alone; else its three-path terms. */
    @jakarta.persistence.Embedded
    @jakarta.validation.Valid
    private ScenarioPathColumns paths;

    @NotNull
    @DecimalMin(ScenarioLimits.UTILIZATION_MIN)
    @DecimalMax("1")
    private BigDecimal utilization;

    @NotNull
    @DecimalMin(ScenarioLimits.PEAK_FACTOR_MIN)
    @DecimalMax(ScenarioLimits.PEAK_FACTOR_MAX)
    private BigDecimal peakFactor;

    @NotNull
    @DecimalMin(value = ScenarioLimits.GROWTH_ABOVE, inclusive = false)
    @DecimalMax(ScenarioLimits.GROWTH_MAX)
    private BigDecimal growthPerMonth;

    @Min(ScenarioLimits.HORIZON_MIN_MONTHS)
    @Max(ScenarioLimits.HORIZON_MAX_MONTHS)
    private int horizonMonths;

    @Min(ScenarioLimits.DAYS_PER_MONTH_MIN)
    @Max(ScenarioLimits.DAYS_PER_MONTH_MAX)
    private int daysPerMonth;

    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.ENGINEER_MONTHLY_MAX)
    private BigDecimal engineerMonthlyCost;

    @DecimalMin("0")
    @DecimalMax("1")
    private BigDecimal engineerShare;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.MIGRATION_COST_MAX)
    private BigDecimal migrationCost;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(ScenarioLimits.TOKENS_PER_DAY_MAX)
    private BigDecimal hybridThreshold;

    @Min(ScenarioLimits.HYBRID_MIN_MONTHS)
    private int hybridMonths;

    private boolean complianceForbidsThirdParties;
    private boolean researchNeedsModelChanges;
    private boolean idleGpusOnHand;

    @jakarta.persistence.Column(name = "latency_under_50ms")
    private boolean latencyUnder50ms;

    /** The planner who saved it; none for the article's examples, which everyone reads. */
    private Long ownerId;

    /** One of the article's scenarios: read by every account, changed by none. */
    private boolean example;

    /** Accounts it is shared with inside the product. Sharing is not an edit: it leaves the version alone. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "scenario_member", joinColumns = @JoinColumn(name = "scenario_id"))
    @jakarta.persistence.Column(name = "user_id")
    private java.util.Set<Long> members = new java.util.HashSet<>();

    /** The ranges on its inputs, in the order saved; an edit like any other. */
    @jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "scenario_range", joinColumns = @JoinColumn(name = "scenario_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private java.util.List<ScenarioRangeRow> ranges = new java.util.ArrayList<>();

    @jakarta.persistence.Column(name = "simulation_draws")
    private int simulationDraws = app.breakeven.costs.uncertainty.Simulation.DEFAULT_DRAWS;

    @jakarta.persistence.Column(name = "simulation_seed")
    private long simulationSeed = 1;

    /** The cascade's models, cheapest first, joined by "|" (a model name holds none). */
    @jakarta.persistence.Column(name = "routing_models")
    private String routingModels;

    /** Its escalation rates, one fewer than the models, joined by "|". */
    @jakarta.persistence.Column(name = "routing_rates")
    private String routingRates;

    protected Scenario() {}

    Scenario(ScenarioDetails details, ModelPrice model, HardwareTier tier, GpuType gpu, Long ownerId) {
        apply(details, model, tier, gpu);
        this.ownerId = ownerId;
    }

    /** What this account may do with the scenario: examples are read-only, others' private ones do not exist. */
    Access accessFor(SignedIn me) {
        boolean planner = me.has(Role.PLANNER);
        if (example) {
            return Access.READ;
        }
        if (ownerId == null) {
            return Access.NONE;
        }
        if (ownerId == me.id()) {
            return planner ? Access.OWN : Access.READ;
        }
        if (members.contains(me.id())) {
            return planner ? Access.EDIT : Access.READ;
        }
        return Access.NONE;
    }

    Long getOwnerId() {
        return ownerId;
    }

    boolean isExample() {
        return example;
    }

    java.util.Set<Long> getMembers() {
        return java.util.Set.copyOf(members);
    }

    void setMembers(java.util.Set<Long> userIds) {
        members.clear();
        members.addAll(userIds);
    }

    /** Copies the details in; the catalogue items are the ones the inputs name. */
    void apply(ScenarioDetails d, ModelPrice model, HardwareTier tier, GpuType gpu) {
        ScenarioInputs in = d.inputs();
        SizingChoice sizing = in.sizing();
        this.gpu = sizing == null ? null : gpu;
        this.weightsPrecision = sizing == null ? null : sizing.weights();
        this.kvCachePrecision = sizing == null ? null : sizing.kvCache();
        this.contextTokens = sizing == null ? null : sizing.contextTokens();
        this.concurrency = sizing == null ? null : sizing.concurrency();
        this.paths = in.paths() == null ? null : ScenarioPathColumns.of(in.paths());
        this.name = d.name().strip();
        this.description = d.description();
        this.tokensPerDay = BigDecimal.valueOf(Math.round(in.tokensPerDay()));
        this.inputShare = decimal(in.inputShare(), 4);
        this.model = model;
        this.tier = tier;
        this.deployment = in.deployment();
        this.utilization = decimal(in.utilization(), 4);
        this.peakFactor = decimal(in.peakFactor(), 3);
        this.growthPerMonth = decimal(d.growth().perMonth(), 4);
        this.horizonMonths = d.growth().horizonMonths();
        this.daysPerMonth = in.daysPerMonth();
        EngineeringTime e = d.engineering();
        this.engineerMonthlyCost = e.engineerMonthlyCost() == null ? null : decimal(e.engineerMonthlyCost(), 2);
        this.engineerShare = e.share() == null ? null : decimal(e.share(), 4);
        HybridRule h = d.hybrid();
        this.migrationCost = decimal(h.migrationCost(), 2);
        this.hybridThreshold = BigDecimal.valueOf(Math.round(h.threshold()));
        this.hybridMonths = h.months();
        Conditions c = d.conditions();
        this.complianceForbidsThirdParties = c.complianceForbidsThirdParties();
        this.researchNeedsModelChanges = c.researchNeedsModelChanges();
        this.idleGpusOnHand = c.idleGpusOnHand();
        this.latencyUnder50ms = c.latencyUnder50ms();
        UncertaintyChoice u = d.uncertainty();
        this.ranges.clear();
        u.ranges().forEach(r -> this.ranges.add(new ScenarioRangeRow(r)));
        this.simulationDraws = u.draws();
        this.simulationSeed = u.seed();
        RoutingChoice r = d.routing();
        this.routingModels = r.storedModels();
        this.routingRates = r.storedRates();
    }

    ScenarioDetails details() {
        return new ScenarioDetails(
                id,
                version,
                name,
                description,
                inputs(),
                new GrowthPlan(growthPerMonth.doubleValue(), horizonMonths),
                new EngineeringTime(
                        engineerMonthlyCost == null ? null : engineerMonthlyCost.doubleValue(),
                        engineerShare == null ? null : engineerShare.doubleValue()),
                new HybridRule(hybridThreshold.doubleValue(), hybridMonths, migrationCost.doubleValue()),
                new Conditions(
                        complianceForbidsThirdParties, researchNeedsModelChanges, idleGpusOnHand, latencyUnder50ms),
                new UncertaintyChoice(
                        ranges.stream().map(ScenarioRangeRow::choice).toList(), simulationDraws, simulationSeed),
                RoutingChoice.stored(routingModels, routingRates));
    }

    /** At the column's scale, so what is saved is exactly what is read back. */
    private static BigDecimal decimal(double value, int scale) {
        return new BigDecimal(Double.toString(value)).setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    /** The inputs the planner takes. */
    public ScenarioInputs inputs() {
        return new ScenarioInputs(
                tokensPerDay.doubleValue(),
                model.getName(),
                tier.getLabel(),
                deployment,
                utilization.doubleValue(),
                peakFactor.doubleValue(),
                inputShare.doubleValue(),
                daysPerMonth,
                null,
                gpu == null
                        ? null
                        : new SizingChoice(
                                gpu.getName(), weightsPrecision, kvCachePrecision, contextTokens, concurrency),
                paths == null ? null : paths.choice());
    }

    Long gpuId() {
        return gpu == null ? null : gpu.getId();
    }

    Long modelId() {
        return model.getId();
    }

    Long tierId() {
        return tier.getId();
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
