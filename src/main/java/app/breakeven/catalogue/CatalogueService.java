package app.breakeven.catalogue;

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

    CatalogueService(
            ModelPriceRepository models, HardwareTierRepository tiers, HiddenCostCategoryRepository hiddenCosts) {
        this.models = models;
        this.tiers = tiers;
        this.hiddenCosts = hiddenCosts;
    }

    public Optional<ModelPrice> findModel(String name) {
        return models.findByName(name);
    }

    public Optional<HardwareTier> findTier(String label) {
        return tiers.findByLabel(label);
    }

    public Catalogue catalogue() {
        return new Catalogue(
                models.findAllByOrderByNameAsc(),
                tiers.findAllByOrderByModelSizeMinBillionsAsc(),
                hiddenCosts.findAllByOrderByIdAsc());
    }
}
