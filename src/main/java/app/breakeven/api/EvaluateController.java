package app.breakeven.api;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.scenarios.Planner;
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
        return EvaluateResponse.of(Planner.plan(request.toInputs(snapshot), snapshot));
    }
}
