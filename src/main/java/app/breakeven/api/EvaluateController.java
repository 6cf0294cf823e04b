package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ThreePaths;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class EvaluateController {

    private final CatalogueService catalogue;

    EvaluateController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping("/evaluate")
    EvaluateResponse evaluate(@RequestBody EvaluateRequest request) {
        Catalogue snapshot = catalogue.catalogue();
        ScenarioInputs inputs = request.toInputs(snapshot);
        Plan plan = Planner.plan(inputs, snapshot);
        if (request.paths() == null) {
            return EvaluateResponse.of(plan);
        }
        int horizon = request.paths().horizon();
        return EvaluateResponse.of(plan, EvaluatePaths.of(ThreePaths.plan(inputs, snapshot, horizon), horizon));
    }
}
