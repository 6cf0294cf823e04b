package app.breakeven.scenarios;

import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.ItemUsage;
import app.breakeven.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saved scenarios name a model, a tier and, when sized, a GPU type; hidden costs and benchmarks block nothing. */
@Component
@Transactional(readOnly = true)
class ScenarioItemUsage implements ItemUsage {

    private final ScenarioRepository scenarios;
    private final CurrentUser currentUser;

    ScenarioItemUsage(ScenarioRepository scenarios, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.currentUser = currentUser;
    }

    /** By name the scenarios the signed-in account may see; other planners' private ones only as a count. */
    @Override
    public List<String> scenariosUsing(CatalogueKind kind, long itemId) {
        List<Scenario> using = using(kind, itemId);
        var me = currentUser.get();
        List<String> names = new java.util.ArrayList<>();
        int others = 0;
        for (Scenario scenario : using) {
            if (me.isPresent() && scenario.accessFor(me.get()).canRead()) {
                names.add(scenario.getName());
            } else {
                others++;
            }
        }
        if (others > 0) {
            names.add(others == 1 ? "1 scenario of another planner" : others + " scenarios of other planners");
        }
        return names;
    }

    @Override
    public int countUsing(CatalogueKind kind, long itemId) {
        return using(kind, itemId).size();
    }

    private List<Scenario> using(CatalogueKind kind, long itemId) {
        return switch (kind) {
            case MODEL -> scenarios.findByModelIdOrderByName(itemId);
            case TIER -> scenarios.findByTierIdOrderByName(itemId);
            case GPU -> scenarios.findByGpuIdOrderByName(itemId);
            case HIDDEN_COST, BENCHMARK, RENTED_OFFER, PURCHASE_OFFER, OWNERSHIP_ASSUMPTION -> List.of();
        };
    }
}
