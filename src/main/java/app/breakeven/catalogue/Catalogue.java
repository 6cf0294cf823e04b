package app.breakeven.catalogue;

import app.breakeven.costs.CostRange;
import app.breakeven.costs.HiddenCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as read at one moment: what a dashboard plans against while its user
 * moves sliders, without going back to the database on every move.
 */
public record Catalogue(
        List<ModelPrice> models,
        List<HardwareTier> tiers,
        List<HiddenCostCategory> hiddenCosts,
        List<GpuType> gpus,
        List<ThroughputBenchmark> benchmarks,
        List<RentedOffer> rentedOffers,
        List<PurchaseOffer> purchaseOffers,
        List<OwnershipAssumption> ownershipAssumptions) {

    public Catalogue {
        models = ModelList.of(models);
        tiers = List.copyOf(tiers);
        hiddenCosts = List.copyOf(hiddenCosts);
        gpus = List.copyOf(gpus);
        benchmarks = List.copyOf(benchmarks);
        rentedOffers = List.copyOf(rentedOffers);
        purchaseOffers = List.copyOf(purchaseOffers);
        ownershipAssumptions = List.copyOf(ownershipAssumptions);
    }

    /** The price and sizing tables, without the hardware economics (offers and ownership assumptions). */
    public Catalogue(
            List<ModelPrice> models,
            List<HardwareTier> tiers,
            List<HiddenCostCategory> hiddenCosts,
            List<GpuType> gpus,
            List<ThroughputBenchmark> benchmarks) {
        this(models, tiers, hiddenCosts, gpus, benchmarks, List.of(), List.of(), List.of());
    }

    /** The price tables alone, as the article's quick mode needs them. */
    public Catalogue(List<ModelPrice> models, List<HardwareTier> tiers, List<HiddenCostCategory> hiddenCosts) {
        this(models, tiers, hiddenCosts, List.of(), List.of());
    }

    /** An ownership assumption's value by name (see {@link OwnershipAssumption#RULES}), if the snapshot has it. */
    public Optional<java.math.BigDecimal> ownership(String name) {
        return ownershipAssumptions.stream()
                .filter(a -> a.getName().equals(name))
                .map(OwnershipAssumption::getValue)
                .findFirst();
    }

    public Optional<GpuType> gpu(String name) {
        return gpus.stream().filter(gpu -> gpu.getName().equals(name)).findFirst();
    }

    /** The sizing engine's view of the sizing tables: GPUs, measured rows and their calibration. */
    public SizingFacts sizingFacts() {
        return SizingFacts.of(this);
    }

    public Optional<ModelPrice> model(String name) {
        return ((ModelList) models).named(name);
    }

    /** This snapshot with only the named models (in its own order), for work done per model on a chosen few. */
    public Catalogue onlyModels(java.util.Collection<String> names) {
        var wanted = java.util.Set.copyOf(names);
        return withTables(
                models.stream().filter(m -> wanted.contains(m.getName())).toList(),
                tiers,
                hiddenCosts,
                gpus,
                benchmarks);
    }

    public Optional<HardwareTier> tier(String label) {
        return tiers.stream().filter(tier -> tier.getLabel().equals(label)).findFirst();
    }

    /** This snapshot with one item replaced by an edited copy (matched by id), as a preview of saving it. */
    public Catalogue with(CatalogueEntry edited) {
        return switch (edited) {
            case ModelPrice m -> withTables(replace(models, m), tiers, hiddenCosts, gpus, benchmarks);
            case HardwareTier t -> withTables(models, replace(tiers, t), hiddenCosts, gpus, benchmarks);
            case HiddenCostCategory h -> withTables(models, tiers, replace(hiddenCosts, h), gpus, benchmarks);
            case GpuType g -> withTables(models, tiers, hiddenCosts, replace(gpus, g), benchmarks);
            case ThroughputBenchmark b -> withTables(models, tiers, hiddenCosts, gpus, replace(benchmarks, b));
            case RentedOffer r ->
                new Catalogue(
                        models,
                        tiers,
                        hiddenCosts,
                        gpus,
                        benchmarks,
                        replace(rentedOffers, r),
                        purchaseOffers,
                        ownershipAssumptions);
            case PurchaseOffer p ->
                new Catalogue(
                        models,
                        tiers,
                        hiddenCosts,
                        gpus,
                        benchmarks,
                        rentedOffers,
                        replace(purchaseOffers, p),
                        ownershipAssumptions);
            case OwnershipAssumption o ->
                new Catalogue(
                        models,
                        tiers,
                        hiddenCosts,
                        gpus,
                        benchmarks,
                        rentedOffers,
                        purchaseOffers,
                        replace(ownershipAssumptions, o));
            default -> this;
        };
    }

    private Catalogue withTables(
            List<ModelPrice> models,
            List<HardwareTier> tiers,
            List<HiddenCostCategory> hiddenCosts,
            List<GpuType> gpus,
            List<ThroughputBenchmark> benchmarks) {
        return new Catalogue(
                models, tiers, hiddenCosts, gpus, benchmarks, rentedOffers, purchaseOffers, ownershipAssumptions);
    }

    private static <T extends CatalogueEntry> List<T> replace(List<T> items, T edited) {
        List<T> result = new ArrayList<>();
        boolean found = false;
        for (T item : items) {
            if (item.getId() != null && item.getId().equals(edited.getId())) {
                result.add(edited);
                found = true;
            } else {
                result.add(item);
            }
        }
        if (!found) {
            result.add(edited);
        }
        return result;
    }

    /** The name under which a scenario's own engineering time appears in breakdowns. */
    public static final String SCENARIO_ENGINEERING = "Engineering time (this scenario)";

    /** The hidden cost categories as the engine takes them. */
    public List<HiddenCost> engineHiddenCosts() {
        return hiddenCosts.stream().map(HiddenCostCategory::hiddenCost).toList();
    }

    /**
     * The hidden costs with a scenario's own engineering time in place of the catalogue's
     * engineering category, so the two are never counted together.
     *
     * @param engineeringMonthly dollars a month, or null to keep the catalogue's category
     */
    public List<HiddenCost> engineHiddenCosts(Double engineeringMonthly) {
        if (engineeringMonthly == null) {
            return engineHiddenCosts();
        }
        List<HiddenCost> costs = new ArrayList<>();
        hiddenCosts.stream()
                .filter(c -> !c.isEngineeringTime())
                .map(HiddenCostCategory::hiddenCost)
                .forEach(costs::add);
        costs.add(new HiddenCost(
                SCENARIO_ENGINEERING,
                CostRange.of(engineeringMonthly, engineeringMonthly),
                HiddenCost.Scope.BOTH,
                HiddenCost.Basis.PER_MONTH));
        return costs;
    }
}
