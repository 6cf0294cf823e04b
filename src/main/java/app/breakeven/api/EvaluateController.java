package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.uncertainty.UncertainModel;
import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ThreePaths;
import app.breakeven.scenarios.Uncertainty;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The scenario's distribution: percentiles, probabilities, histograms and the tornado. Every
     * bad field (a range out of order or not holding its likely value, draws out of bounds, the
     * inputs as {@code /evaluate} checks them) is named in one problem detail.
     */
    @PostMapping("/simulate")
    SimulateResponse simulate(@RequestBody SimulateRequest request) {
        Catalogue snapshot = catalogue.catalogue();
        ScenarioDetails details = request.toDetails(snapshot);
        List<InputProblem> problems = new ArrayList<>(details.problems(snapshot));
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        UncertainModel model = Uncertainty.model(details, snapshot);
        return SimulateResponse.of(
                model, Uncertainty.simulate(model, details.uncertainty()), Uncertainty.tornado(model));
    }
}
