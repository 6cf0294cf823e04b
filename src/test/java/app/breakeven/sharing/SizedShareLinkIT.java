package app.breakeven.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.SizingChoice;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A frozen board link of a sized scenario keeps the GPU's figures, its rent and the measured
 * rows its throughput was calibrated on: after the catalogue's rent changes, the frozen link
 * shows the numbers it was shared with and a live link the new ones.
 */
@PostgresTest
class SizedShareLinkIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueEditing editing;

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void a_frozen_link_keeps_the_gpu_rent_it_was_shared_with() {
        ScenarioDetails sized = scenarios.save(scenarios
                .draft()
                .withName("Sized for the board " + System.nanoTime())
                .withInputs(scenarios
                        .draft()
                        .inputs()
                        .withModel("Qwen3-8B")
                        .withSizing(new SizingChoice("L4 24GB", Precision.FP8, Precision.BF16, 8192, 32))));
        String frozen = sharing.create(sized.id(), 30, true).token();
        String live = sharing.create(sized.id(), 30, false).token();
        double before = Planner.plan(sized.plannedInputs(), catalogue.catalogue())
                .evaluation()
                .selfHostMonthly()
                .low();

        setL4Rent("0.88", "1.56");
        try {
            assertPinnedAndLive(frozen, live, before);
        } finally {
            setL4Rent("0.44", "0.78");
        }
    }

    private void assertPinnedAndLive(String frozen, String live, double before) {
        SharedScenario pinned = sharing.open(frozen).orElseThrow();
        SharedScenario now = sharing.open(live).orElseThrow();
        double pinnedLow = Planner.plan(pinned.details().plannedInputs(), pinned.catalogue())
                .evaluation()
                .selfHostMonthly()
                .low();
        double liveLow = Planner.plan(now.details().plannedInputs(), now.catalogue())
                .evaluation()
                .selfHostMonthly()
                .low();
        assertThat(pinned.details().inputs().sizing().gpu()).isEqualTo("L4 24GB");
        assertThat(pinnedLow).isEqualTo(before);
        // The draft is scenario B's 50M tokens a day; a replica of 4 x L4 carries 201.41 tok/s x
        // 86,400 = 17.40M a day, so 3 replicas. Low rent $0.44 -> $0.88 an hour adds
        // 3 x 4 GPUs x 730 h x $0.44 = $3,854.40 a month to the live link only.
        assertThat(liveLow - before).isCloseTo(3854.40, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** As an analyst would; the other tests share this database, so the rent is put back after. */
    private void setL4Rent(String low, String high) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var analyst = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        var details = new org.springframework.security.core.userdetails.User(
                TestAccounts.ANALYST,
                "n/a",
                java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ANALYST")));
        analyst.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                details, null, details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(analyst);
        try {
            var l4 = CatalogueTable.GPUS.copyOf(
                    catalogue.catalogue().gpu("L4 24GB").orElseThrow());
            l4.setCloudHourlyLow(new BigDecimal(low));
            l4.setCloudHourlyHigh(new BigDecimal(high));
            editing.save(CatalogueKind.GPU, l4);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(auth);
        }
    }
}
