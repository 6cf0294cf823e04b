package app.breakeven.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.ui.CatalogueView;
import app.breakeven.catalogue.ui.CatalogueViews;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.TestAccounts;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a viewer's screens offer: everything to read and try, nothing to save. */
@PostgresTest
@WithUserDetails(TestAccounts.VIEWER)
class ViewerScreensIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    @Test
    void an_example_opens_read_only_with_no_save_delete_or_share() {
        long b = scenarios.list().stream()
                .filter(s -> s.name().equals("B, growth"))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate("scenarios/" + b);
        var studio = _get(ScenarioStudioView.class);

        assertThat(studio.save.isVisible()).isFalse();
        assertThat(studio.delete.isVisible()).isFalse();
        assertThat(studio.duplicate.isVisible()).isFalse();
        assertThat(app.breakeven.SignedInUi.byId(studio, "share").isVisible()).isFalse();
        assertThat(studio.status.getText())
                .isEqualTo(StudioText.READ_ONLY_VIEWER)
                .doesNotContain("duplicate");
    }

    @Test
    void the_scenario_list_offers_no_new_scenario() {
        UI.getCurrent().navigate("scenarios");
        assertThat(_get(ScenarioListView.class).create.isVisible()).isFalse();
    }

    @Test
    void the_catalogue_shows_its_forms_read_only() {
        UI.getCurrent().navigate("catalogue");
        var catalogue = _get(CatalogueView.class);
        CatalogueViews.assertReadOnly(catalogue);
    }
}
