package app.breakeven.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.Uncertainty;
import app.breakeven.scenarios.UncertaintyChoice;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A frozen link keeps the ranges and the catalogue they were simulated with; a live one follows the catalogue. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SharingUncertaintyIT {

    @Autowired
    SignIn signIn;

    @Autowired
    SharingService sharing;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CatalogueEditing editing;

    @Test
    void a_frozen_link_shows_the_same_percentiles_after_a_gpu_price_changes() {
        ScenarioDetails draft = scenarios.draft().withName("Uncertain shared " + System.nanoTime());
        double volume = draft.inputs().tokensPerDay();
        ScenarioDetails details = scenarios.save(draft.withUncertainty(new UncertaintyChoice(
                List.of(new UncertaintyChoice.RangeChoice("volume", volume / 2, volume * 2, Shape.LOG_NORMAL)),
                5_000,
                31)));
        CreatedLink frozen = sharing.create(details.id(), 30, true);
        CreatedLink live = sharing.create(details.id(), 30, false);
        Simulation before = simulate(frozen);
        assertThat(before.draws()).isEqualTo(5_000);
        assertThat(before.seed()).isEqualTo(31);

        HardwareTier tier = CatalogueTable.TIERS.copyOf(editing.<HardwareTier>items(CatalogueKind.TIER).stream()
                .filter(t -> t.getLabel().equals(details.inputs().tier()))
                .findFirst()
                .orElseThrow());
        BigDecimal low = tier.getCloudMonthlyLow();
        BigDecimal high = tier.getCloudMonthlyHigh();
        tier.setCloudMonthlyLow(low.multiply(BigDecimal.TWO));
        tier.setCloudMonthlyHigh(high.multiply(BigDecimal.TWO));
        HardwareTier changed = signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.TIER, tier));
        try {
            Simulation frozenAfter = signIn.anonymous(() -> simulate(frozen));
            assertThat(frozenAfter.selfHostNow()).isEqualTo(before.selfHostNow());
            assertThat(frozenAfter.horizonSaving()).isEqualTo(before.horizonSaving());
            assertThat(signIn.anonymous(() -> simulate(live)).selfHostNow().p50())
                    .isGreaterThan(before.selfHostNow().p50());
        } finally {
            changed.setCloudMonthlyLow(low);
            changed.setCloudMonthlyHigh(high);
            signIn.as(TestAccounts.ANALYST, () -> editing.save(CatalogueKind.TIER, changed));
        }
    }

    private Simulation simulate(CreatedLink link) {
        SharedScenario shared = sharing.open(link.token()).orElseThrow();
        return Uncertainty.simulate(
                Uncertainty.model(shared.details(), shared.catalogue()),
                shared.details().uncertainty());
    }
}
