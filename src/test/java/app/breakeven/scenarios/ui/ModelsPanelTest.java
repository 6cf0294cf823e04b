package app.breakeven.scenarios.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.scenarios.ModelCost;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModelsPanelTest {

    /**
     * Model mi costs 1,000 + 10i a month by API and 5,000 - 121i to self-host (low = high, so
     * that is the mid); the cheaper of the two ranks it.
     */
    private static List<ModelCost> models(int count) {
        List<ModelCost> models = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double self = 5_000 - 121.0 * i;
            models.add(new ModelCost("m" + i, "tier", 1, 1_000 + 10.0 * i, self, self, 1e6, null));
        }
        return models;
    }

    @Test
    void a_small_catalogue_charts_every_model() {
        assertThat(ModelsPanel.charted(models(30), "m5")).hasSize(30);
    }

    @Test
    void a_large_one_charts_the_scenarios_model_and_the_nineteen_cheapest() {
        // The lesser of API and self-host: self-host is cheaper from i = 33 (5,000 - 121 × 33 =
        // 1,007 < 1,330), so m39 (281), m38 (402), m37 (523), m36 (644), m35 (765), m34 (886) and
        // m33 (1,007) come first, then by API m1 (1,010) to m12 (1,120): 7 + 12 = 19. Next would be
        // m32 at 1,128 (self-host), after m12's 1,120. m0 is the scenario's own, listed first.
        List<String> expected = new ArrayList<>(List.of("m0", "m39", "m38", "m37", "m36", "m35", "m34", "m33"));
        IntStream.rangeClosed(1, 12).forEach(i -> expected.add("m" + i));

        assertThat(ModelsPanel.charted(models(40), "m0"))
                .extracting(ModelCost::model)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_model_that_cannot_be_priced_ranks_by_its_api_cost() {
        List<ModelCost> models = models(40);
        models.set(5, new ModelCost("unpriced", "tier", 1, 1, Double.NaN, Double.NaN, Double.NaN, "does not fit"));

        assertThat(ModelsPanel.charted(models, "m0"))
                .extracting(ModelCost::model)
                .startsWith("m0", "unpriced", "m39");
    }

    @Test
    void a_large_catalogue_lists_every_model_but_maps_and_charts_only_the_charted_ones() {
        com.github.mvysny.kaributesting.v10.MockVaadin.setup();
        try {
            var panel = new ModelsPanel();
            List<List<String>> mapped = new ArrayList<>();

            panel.show(models(40), "m0", names -> {
                mapped.add(names);
                var cells = new app.breakeven.scenarios.BreakEvenMap.Cell[names.size()][1];
                for (var row : cells) {
                    row[0] = new app.breakeven.scenarios.BreakEvenMap.Cell(
                            1e6, app.breakeven.scenarios.BreakEvenMap.Status.PRICED, null);
                }
                return new app.breakeven.scenarios.BreakEvenMap("Hardware tier", names, List.of("tier"), cells);
            });

            assertThat(mapped)
                    .singleElement()
                    .satisfies(names -> assertThat(names).hasSize(20).startsWith("m0", "m39"));
            assertThat(panel.grid.getGenericDataView().getItems()).hasSize(40);
            // The table takes its rows at once and reaches the page when the user scrolls near it.
            assertThat(panel.grid.getParent()).isEmpty();
            panel.table.show();
            assertThat(panel.grid.getParent()).contains(panel.table);
            assertThat(panel.tableTitle.getText()).isEqualTo("Every model at this volume (40)");
            assertThat(panel.charted.isVisible()).isTrue();
            assertThat(panel.charted.getText()).startsWith("The charts show the 19 cheapest of 40 models");

            com.github.mvysny.kaributesting.v10.LocatorJ._setValue(panel.search, "m3");
            // m3 and m30 to m39.
            assertThat(panel.grid.getGenericDataView().getItems()).hasSize(11);
        } finally {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        }
    }
}
