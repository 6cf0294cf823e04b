package app.breakeven.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.RentedOffer;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ThreePaths;
import app.breakeven.scenarios.WorkedThreePaths;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A frozen link of a three-path scenario keeps its offers; a live one follows the catalogue. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SharingThreePathsIT {

    @Autowired
    SignIn signIn;

    @Autowired
    SharingService sharing;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueEditing editing;

    @Test
    void a_frozen_link_keeps_the_rented_offer_it_was_shared_with() {
        ScenarioDetails draft = scenarios.draft().withName("Three paths shared " + System.nanoTime());
        // The marginal lens leaves out people and one-offs: rent alone.
        var inputs = WorkedThreePaths.inputs(scenarios, CostLens.MARGINAL);
        ScenarioDetails details = scenarios.save(draft.withInputs(inputs));
        CreatedLink frozen = sharing.create(details.id(), 30, true);
        CreatedLink live = sharing.create(details.id(), 30, false);
        // Marginal rent of the cheapest rented option, RunPod 1x A100 80GB community: 730 h x $1.39.
        assertThat(rent(frozen)).isEqualTo(730 * 1.39);

        RentedOffer runpod =
                CatalogueTable.RENTED_OFFERS.copyOf(editing.<RentedOffer>items(CatalogueKind.RENTED_OFFER).stream()
                        .filter(o -> o.getLabel().equals("RunPod 1x A100 80GB community"))
                        .findFirst()
                        .orElseThrow());
        runpod.setInstanceHourly(new BigDecimal("1.29"));
        RentedOffer changed = signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.RENTED_OFFER, runpod));
        try {
            assertThat(signIn.anonymous(() -> rent(frozen))).isEqualTo(730 * 1.39);
            assertThat(signIn.anonymous(() -> rent(live))).isEqualTo(730 * 1.29);
        } finally {
            changed.setInstanceHourly(new BigDecimal("1.39"));
            signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.RENTED_OFFER, changed));
        }
    }

    private double rent(CreatedLink link) {
        SharedScenario shared = sharing.open(link.token()).orElseThrow();
        return ThreePaths.plan(shared.details().inputs(), shared.catalogue(), 36)
                .rented()
                .orElseThrow()
                .cost()
                .monthly();
    }
}
