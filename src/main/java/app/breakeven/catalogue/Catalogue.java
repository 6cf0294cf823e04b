package app.breakeven.catalogue;

import app.breakeven.costs.HiddenCost;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as read at one moment: what a dashboard plans against while its user
 * moves sliders, without going back to the database on every move.
 */
public record Catalogue(List<ModelPrice> models, List<HardwareTier> tiers, List<HiddenCostCategory> hiddenCosts) {

    public Catalogue {
        models = List.copyOf(models);
        tiers = List.copyOf(tiers);
        hiddenCosts = List.copyOf(hiddenCosts);
    }

    public Optional<ModelPrice> model(String name) {
        return models.stream().filter(model -> model.getName().equals(name)).findFirst();
    }

    public Optional<HardwareTier> tier(String label) {
        return tiers.stream().filter(tier -> tier.getLabel().equals(label)).findFirst();
    }

    /** The hidden cost categories as the engine takes them. */
    public List<HiddenCost> engineHiddenCosts() {
        return hiddenCosts.stream().map(HiddenCostCategory::hiddenCost).toList();
    }
}
