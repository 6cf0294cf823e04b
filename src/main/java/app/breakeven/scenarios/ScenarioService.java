package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.Workload;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved scenarios, and the planner that prices scenario inputs against the catalogue. */
@Service
@Transactional(readOnly = true)
public class ScenarioService {

    /** The scenario a first visit opens: the article's growth stage. */
    public static final String DEFAULT_SCENARIO = "B, growth";

    private final ScenarioRepository scenarios;
    private final CatalogueService catalogueService;

    ScenarioService(ScenarioRepository scenarios, CatalogueService catalogueService) {
        this.scenarios = scenarios;
        this.catalogueService = catalogueService;
    }

    public Catalogue catalogue() {
        return catalogueService.catalogue();
    }

    public List<ScenarioSummary> list() {
        return scenarios.findAllByOrderByNameAsc().stream()
                .map(s -> new ScenarioSummary(s.getId(), s.getName(), s.getDescription()))
                .toList();
    }

    public Optional<ScenarioInputs> inputs(String name) {
        return scenarios.findByName(name).map(Scenario::inputs);
    }

    /**
     * Validates the inputs and prices them; pure computation on the given catalogue, so
     * a dashboard can call it on every slider event without touching the database.
     *
     * @throws InvalidInputsException naming every field that is wrong
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Plan plan(ScenarioInputs inputs, Catalogue catalogue) {
        List<InputProblem> problems = inputs.problems(catalogue);
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        CostProfile profile = profile(inputs, catalogue);
        return new Plan(inputs, profile, CostEngine.evaluate(profile, inputs.tokensPerDay()));
    }

    static CostProfile profile(ScenarioInputs inputs, Catalogue catalogue) {
        var model = catalogue.model(inputs.model()).orElseThrow();
        var tier = catalogue.tier(inputs.tier()).orElseThrow();
        var workload = new Workload(inputs.inputShare(), inputs.utilization(), inputs.peakFactor(),
                inputs.daysPerMonth());
        return new CostProfile(model.apiPrice(), tier.gpuTier(), inputs.deployment(), workload,
                catalogue.engineHiddenCosts());
    }
}
