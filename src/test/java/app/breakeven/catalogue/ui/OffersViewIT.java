package app.breakeven.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.OwnershipAssumption;
import app.breakeven.catalogue.RentedOffer;
import app.breakeven.security.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** Rented offers, purchase offers and ownership assumptions in the catalogue screen, without a browser. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class OffersViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    private CatalogueView view;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        UI.getCurrent().navigate(CatalogueView.class);
        view = _get(CatalogueView.class);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private static <T> int row(Grid<T> grid, Predicate<T> which) {
        var items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    private OwnershipAssumption stored(String name) {
        return catalogue.ownershipAssumptions().stream()
                .filter(a -> a.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shows_the_offers_and_ownership_assumptions_as_tabs() {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("catalogue-tabs"));
        assertThat(tabs.getTabAt(5).getLabel()).isEqualTo("Rented offers");
        assertThat(tabs.getTabAt(6).getLabel()).isEqualTo("Purchase offers");
        assertThat(tabs.getTabAt(7).getLabel()).isEqualTo("Ownership assumptions");

        int p5 = row(view.rentedOffers.grid, r -> r.getLabel().equals("AWS p5.48xlarge (8x H100)"));
        assertThat(GridKt._getFormatted(view.rentedOffers.grid, p5, "instance_hourly"))
                .as("money as money")
                .isEqualTo("$55.04");
        assertThat(GridKt._getFormatted(view.rentedOffers.grid, p5, "pricing"))
                .as("a choice as words")
                .isEqualTo("On demand");
        int nebius = row(view.rentedOffers.grid, r -> r.getLabel().equals("Nebius 1x H100"));
        assertThat(GridKt._getFormatted(view.rentedOffers.grid, nebius, "instance_type"))
                .isEqualTo("not stated");
        int dgx = row(view.purchaseOffers.grid, p -> p.getLabel().equals("NVIDIA DGX H100 (8x H100), list"));
        assertThat(GridKt._getFormatted(view.purchaseOffers.grid, dgx, "installation_cost"))
                .isEqualTo("unknown");
        assertThat(view.ownership.grid.getListDataView().getItemCount()).isEqualTo(OwnershipAssumption.RULES.size());
        int v32 = row(view.models.grid, m -> m.getName().equals("DeepSeek V3.2"));
        assertThat(GridKt._getFormatted(view.models.grid, v32, "batch_discount"))
                .as("a share as a percent")
                .isEqualTo("50%");
        int qwen = row(view.models.grid, m -> m.getName().equals("Qwen3-32B"));
        assertThat(GridKt._getFormatted(view.models.grid, qwen, "batch_discount"))
                .isEqualTo("none");
    }

    @Test
    void an_analyst_edits_an_assumption_a_bad_value_is_refused_and_history_records_the_change() {
        OwnershipAssumption electricity = stored("electricity_per_kwh");
        view.ownership.edit(electricity);
        var dialog = view.ownership.dialog;

        _setValue(dialog.fields.get("value"), "11");
        _click(dialog.save);
        assertThat(dialog.fields.get("value").isInvalid()).isTrue();
        assertThat(dialog.fields.get("value").getErrorMessage()).isEqualTo("must be from 0 to 10 ($/kWh)");
        assertThat(stored("electricity_per_kwh").getValue()).isEqualByComparingTo("0.13");

        _setValue(dialog.fields.get("value"), "0.15");
        _click(dialog.save);
        try {
            assertThat(dialog.isOpened()).isFalse();
            assertThat(stored("electricity_per_kwh").getValue()).isEqualByComparingTo("0.15");
            assertThat(editing.history(CatalogueKind.OWNERSHIP_ASSUMPTION, electricity.getId()))
                    .isNotEmpty();
        } finally {
            var restore = app.breakeven.catalogue.CatalogueTable.OWNERSHIP.copyOf(stored("electricity_per_kwh"));
            restore.setValue(new BigDecimal("0.13"));
            editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, restore);
        }
    }

    @Test
    void a_rented_offer_form_offers_the_pricing_choices() {
        RentedOffer offer = catalogue.rentedOffers().getFirst();
        view.rentedOffers.edit(offer);
        var fields = view.rentedOffers.dialog.fields;
        assertThat(fields.get("pricing").getValue())
                .isEqualTo(offer.getPricing().name());
        assertThat(fields.get("gpus_per_instance").getValue())
                .isEqualTo(offer.getGpusPerInstance().toString());
    }
}
