package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ImpactPreview;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.PriceChangeImpact;
import app.breakeven.catalogue.ScenarioImpact;
import app.breakeven.catalogue.ThroughputBenchmark;
import app.breakeven.costs.Evaluation;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.SignedIn;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saved scenarios priced before and after a catalogue edit, for the analyst's preview. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ANALYST')")
class CatalogueImpact implements PriceChangeImpact {

    private final ScenarioRepository scenarios;
    private final CatalogueService catalogueService;
    private final CurrentUser currentUser;

    CatalogueImpact(ScenarioRepository scenarios, CatalogueService catalogueService, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.catalogueService = catalogueService;
        this.currentUser = currentUser;
    }

    /**
     * Before a catalogue item is saved: what the edited copy would do to every saved
     * scenario that uses it (every scenario, for a hidden cost).
     */
    @Override
    public ImpactPreview impactOf(CatalogueEntry edited) {
        SignedIn me = currentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        Catalogue before = catalogueService.catalogue();
        Catalogue after = before.with(edited);
        List<ScenarioImpact> impacts = new ArrayList<>();
        int others = 0;
        for (Scenario scenario : scenarios.findAllByOrderByNameAsc()) {
            boolean uses = switch (edited) {
                case ModelPrice m -> m.getId() != null && m.getId().equals(scenario.modelId());
                case HardwareTier t -> t.getId() != null && t.getId().equals(scenario.tierId());
                case GpuType g -> g.getId() != null && g.getId().equals(scenario.gpuId());
                // A measured row can change any sized scenario: its own match, or the calibration.
                case ThroughputBenchmark b -> scenario.gpuId() != null;
                default -> true;
            };
            if (!uses) {
                continue;
            }
            ScenarioDetails details = scenario.details();
            ScenarioInputs inputsBefore = details.plannedInputs();
            ScenarioInputs inputsAfter = switch (edited) {
                case ModelPrice m -> inputsBefore.withModel(m.getName());
                case HardwareTier t -> inputsBefore.withTier(t.getLabel());
                case GpuType g -> inputsBefore.withSizing(renamed(inputsBefore.sizing(), g.getName()));
                default -> inputsBefore;
            };
            if (!inputsAfter.problems(after).isEmpty()) {
                continue;
            }
            // Another planner's private scenario is counted, not shown.
            if (!scenario.accessFor(me).canRead()) {
                others++;
                continue;
            }
            Evaluation was;
            Evaluation will;
            try {
                was = Planner.plan(inputsBefore, before).evaluation();
                will = Planner.plan(inputsAfter, after).evaluation();
            } catch (InvalidInputsException e) {
                // Not priceable before or after the edit (a sized replica that no longer fits): no figures to compare.
                continue;
            }
            impacts.add(new ScenarioImpact(
                    details.name(),
                    was.apiMonthly(),
                    will.apiMonthly(),
                    was.selfHostMonthly().mid(),
                    will.selfHostMonthly().mid(),
                    was.breakEven().mid(),
                    will.breakEven().mid()));
        }
        return new ImpactPreview(impacts, others);
    }

    private static SizingChoice renamed(SizingChoice sizing, String gpu) {
        return new SizingChoice(gpu, sizing.weights(), sizing.kvCache(), sizing.contextTokens(), sizing.concurrency());
    }
}
