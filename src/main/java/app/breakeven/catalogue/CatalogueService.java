package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the price catalogue. */
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

    CatalogueService(
            ModelPriceRepository models,
            HardwareTierRepository tiers,
            HiddenCostCategoryRepository hiddenCosts,
            GpuTypeRepository gpus,
            ThroughputBenchmarkRepository benchmarks,
            RentedOfferRepository rentedOffers,
            PurchaseOfferRepository purchaseOffers,
            OwnershipAssumptionRepository ownership) {
        this.models = models;
        this.tiers = tiers;
        this.hiddenCosts = hiddenCosts;
        this.gpus = gpus;
        this.benchmarks = benchmarks;
        this.rentedOffers = rentedOffers;
        this.purchaseOffers = purchaseOffers;
        this.ownership = ownership;
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

    public Catalogue catalogue() {
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
