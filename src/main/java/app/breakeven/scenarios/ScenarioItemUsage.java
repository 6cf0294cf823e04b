package app.breakeven.scenarios;

import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.ItemUsage;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saved scenarios name a model and a tier; hidden cost categories apply to all and block nothing. */
@Component
@Transactional(readOnly = true)
class ScenarioItemUsage implements ItemUsage {

    private final ScenarioRepository scenarios;

    ScenarioItemUsage(ScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public List<String> scenariosUsing(CatalogueKind kind, long itemId) {
        return switch (kind) {
            case MODEL -> scenarios.findByModelIdOrderByName(itemId).stream().map(Scenario::getName).toList();
            case TIER -> scenarios.findByTierIdOrderByName(itemId).stream().map(Scenario::getName).toList();
            case HIDDEN_COST -> List.of();
        };
    }
}
