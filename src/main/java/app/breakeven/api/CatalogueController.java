package app.breakeven.api;

import app.breakeven.catalogue.CatalogueService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CatalogueController {

    private final CatalogueService catalogueService;

    CatalogueController(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
    }

    @GetMapping("/catalogue")
    CatalogueResponse catalogue() {
        return CatalogueResponse.of(catalogueService.catalogue());
    }
}
