package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.security.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A cascade on the three paths with {@link ThreePathsIT}'s scenario worked by hand there (10M
 * tokens a day on Qwen3-8B: API $3.00; rented $1,014.70 rent + $2,055.56 people = $3,070.26;
 * owned $9,091.29 of servers + $5,138.89 people = $14,230.18).
 */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class PathsRoutingIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueService catalogueService;

    private PathsRouting route(List<String> models, List<Double> rates) {
        return PathsRouting.route(
                WorkedThreePaths.inputs(scenarios, CostLens.FULLY_LOADED),
                models,
                rates,
                catalogueService.catalogue(),
                36);
    }

    @Test
    void each_model_pays_its_own_hardware_and_the_path_pays_its_people_once() {
        // Every request to Qwen3-8B, half escalated to a second Qwen3-8B: reach 1 and 0.5.
        PathsRouting r = route(List.of("Qwen3-8B", "Qwen3-8B"), List.of(0.5));

        assertThat(r.reach()).containsExactly(1.0, 0.5);
        // API: $3.00 + 5M a day = $1.50, against $3.00 all on the last: 50% more.
        assertThat(r.api().cascade().orElseThrow()).isCloseTo(4.50, within(1e-9));
        assertThat(r.api().allToLast().orElseThrow()).isCloseTo(3.00, within(1e-9));
        assertThat(r.api().saving().orElseThrow()).isCloseTo(-0.5, within(1e-9));
        // Rented: one replica each however small its share, so 2 x $1,014.70 rent + $2,055.56
        // people once = $4,084.96, against $3,070.26: 1 - 4,084.96 / 3,070.26 = -33.05%.
        assertThat(r.rented().cascade().orElseThrow()).isCloseTo(4084.9556, within(1e-3));
        assertThat(r.rented().saving().orElseThrow()).isCloseTo(-0.33049, within(1e-4));
        // Owned: 2 x $9,091.29 + $5,138.89 = $23,321.47.
        assertThat(r.owned().cascade().orElseThrow()).isCloseTo(23321.4683, within(1e-3));
        assertThat(r.rented().options()).hasSize(2).allMatch(o -> o.startsWith("RunPod 1x A100 80GB community"));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void a_model_that_sees_no_traffic_costs_nothing() {
        PathsRouting r = route(List.of("Qwen3-8B", "Qwen3-8B"), List.of(0.0));

        assertThat(r.reach()).containsExactly(1.0, 0.0);
        assertThat(r.rented().cascade().orElseThrow()).isCloseTo(3070.2556, within(1e-3));
        assertThat(r.rented().options()).containsExactly(r.rented().options().getFirst(), "");
    }

    @Test
    void a_model_the_gpu_cannot_hold_leaves_the_cascade_unpriced_and_says_why() {
        // DeepSeek V3.2 (671B parameters) does not fit 8 x L4 24GB.
        PathsRouting r = route(List.of("Qwen3-8B", "DeepSeek V3.2"), List.of(0.25));

        assertThat(r.rented().cascade()).isEmpty();
        assertThat(r.owned().cascade()).isEmpty();
        assertThat(r.notes()).singleElement().asString().startsWith("DeepSeek V3.2: ");
    }
}
