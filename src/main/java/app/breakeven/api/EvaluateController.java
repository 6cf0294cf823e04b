package app.breakeven.api;

import app.breakeven.scenarios.ScenarioService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class EvaluateController {

    private final ScenarioService scenarios;

    EvaluateController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @PostMapping("/evaluate")
    EvaluateResponse evaluate(@RequestBody EvaluateRequest request) {
        return EvaluateResponse.of(scenarios.plan(request.toInputs(), scenarios.catalogue()));
    }
}
