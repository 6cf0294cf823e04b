package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the price catalogue. Snapshots are shared: every screen and API call planning against
 * the same state of the catalogue holds the same immutable snapshot, read again only when a
 * catalogue table changed (here or on another instance on the same database), so a
 * thousand-model catalogue is held once, not once a session.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final ModelPriceRepository models;
    private final HardwareTierRepository tiers;
    private final HiddenCostCategoryRepository hiddenCosts;
    private final GpuTypeRepository gpus;
    private final ThroughputBenchmarkRepository benchmarks;
    private final RentedOfferRepository rentedOffers;
    private final PurchaseOfferRepository purchaseOffers;
    private final OwnershipAssumptionRepository ownership;
    private final JdbcTemplate jdbc;

    /**
     * What identifies a state of the catalogue tables: each one's row count, highest id and sum
     * of versions (a save bumps a version, a delete lowers the count, a new row raises the id).
     */
    private static final String STATE = java.util.stream.Stream.of(
                    "model_price",
                    "hardware_tier",
                    "hidden_cost_category",
                    "gpu_type",
                    "throughput_benchmark",
                    "rented_offer",
                    "purchase_offer",
                    "ownership_assumption")
            .map(table -> "(select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(version), 0) from "
                    + table + ")")
            .collect(java.util.stream.Collectors.joining(" || '|' || ", "select ", ""));

    private record Snapshot(String state, Catalogue catalogue) {}

    private volatile Snapshot snapshot;

    CatalogueService(
            ModelPriceRepository models,
            HardwareTierRepository tiers,
            HiddenCostCategoryRepository hiddenCosts,
            GpuTypeRepository gpus,
            ThroughputBenchmarkRepository benchmarks,
            RentedOfferRepository rentedOffers,
            PurchaseOfferRepository purchaseOffers,
            OwnershipAssumptionRepository ownership,
            JdbcTemplate jdbc) {
        this.models = models;
        this.tiers = tiers;
        this.hiddenCosts = hiddenCosts;
        this.gpus = gpus;
        this.benchmarks = benchmarks;
        this.rentedOffers = rentedOffers;
        this.purchaseOffers = purchaseOffers;
        this.ownership = ownership;
        this.jdbc = jdbc;
    }

    /** What renting costs: instances of GPUs an hour, by label. */
    public List<RentedOffer> rentedOffers() {
        return rentedOffers.findAllByOrderByLabelAsc();
    }

    /** What buying costs: servers with their price and installation, by label. */
    public List<PurchaseOffer> purchaseOffers() {
        return purchaseOffers.findAllByOrderByLabelAsc();
    }

    /** The assumptions of owning hardware, by name. */
    public List<OwnershipAssumption> ownershipAssumptions() {
        return ownership.findAllByOrderByNameAsc();
    }

    /** The GPU types, by name. */
    public List<GpuType> gpus() {
        return gpus.findAllByOrderByNameAsc();
    }

    /** The measured throughput rows, by label. */
    public List<ThroughputBenchmark> benchmarks() {
        return benchmarks.findAllByOrderByLabelAsc();
    }

    public Optional<ModelPrice> findModel(String name) {
        return models.findByName(name);
    }

    public Optional<HardwareTier> findTier(String label) {
        return tiers.findByLabel(label);
    }

    public Optional<GpuType> findGpu(String name) {
        return gpus.findByName(name);
    }

    /** The catalogue as it is now: the shared snapshot while nothing changed, else a fresh one. */
    public Catalogue catalogue() {
        String state = jdbc.queryForObject(STATE, String.class);
        Snapshot shared = snapshot;
        if (shared != null && shared.state().equals(state)) {
            return shared.catalogue();
        }
        Catalogue fresh = read();
        snapshot = new Snapshot(state, fresh);
        return fresh;
    }

    private Catalogue read() {
        return new Catalogue(
                models.findAllByOrderByNameAsc(),
                tiers.findAllByOrderByModelSizeMinBillionsAsc(),
                hiddenCosts.findAllByOrderByIdAsc(),
                gpus.findAllByOrderByNameAsc(),
                benchmarks.findAllByOrderByLabelAsc(),
                rentedOffers.findAllByOrderByLabelAsc(),
                purchaseOffers.findAllByOrderByLabelAsc(),
                ownership.findAllByOrderByNameAsc());
    }
}
