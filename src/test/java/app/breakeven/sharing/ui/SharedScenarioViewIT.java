package app.breakeven.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.CreatedLink;
import app.breakeven.sharing.SharingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** A board opening a shared link: figures and charts, what-ifs that are never saved. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class SharedScenarioViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    @BeforeEach
    void setUp() {
        SignedInUi.setup(context);
    }

    @AfterEach
    void tearDown() {
        SignedInUi.tearDown();
    }

    @Test
    void shows_the_scenario_read_only_and_what_ifs_change_nothing_saved() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Board " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, false);

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        SharedScenarioView view = _get(SharedScenarioView.class);
        assertThat(view.api.figure()).isEqualTo("$375.00");
        assertThat(view.monthlyChart.getSpec()).isNotNull();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")))
                .isEmpty();

        _setValue(SignedInUi.<com.vaadin.flow.component.textfield.TextField>byId(view, "volume-field"), "1B");

        assertThat(view.api.figure()).isEqualTo("$7,500");
        assertThat(scenarios.find(details.id()).orElseThrow().inputs().tokensPerDay())
                .isEqualTo(50e6);
        assertThat(view.figures()).contains("api_monthly,7500.00");
    }

    @Test
    void the_figures_csv_writes_a_name_a_spreadsheet_would_run_as_text() {
        String name = "=HYPERLINK(\"http://x\",\"y\") " + System.nanoTime();
        ScenarioDetails details = scenarios.save(scenarios.draft().withName(name));
        CreatedLink link = sharing.create(details.id(), 7, false);

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        String csv = _get(SharedScenarioView.class).figures();

        // Quoted for its commas and quotes, quotes doubled, and behind an apostrophe so it stays text.
        assertThat(csv).contains("\r\nscenario,\"'" + name.replace("\"", "\"\"") + "\"\r\n");
        assertThat(csv).startsWith("figure,value\r\n").contains("\r\n\r\nmonth,tokens_per_day,");
    }

    @Test
    void a_board_member_without_an_account_opens_the_link_and_tries_a_volume() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Anonymous " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, true);
        SignedInUi.tearDown();
        var planner = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            SignedInUi.setup(context);
            UI.getCurrent().navigate(SharedScenarioView.class, link.token());

            SharedScenarioView view = _get(SharedScenarioView.class);
            assertThat(view.api.figure()).isEqualTo("$375.00");
            _setValue(SignedInUi.<com.vaadin.flow.component.textfield.TextField>byId(view, "volume-field"), "1B");
            assertThat(view.api.figure()).isEqualTo("$7,500");
            assertThat(_find(SharedScenarioView.class)).hasSize(1);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(planner);
        }
        assertThat(sharing.links(details.id()).getFirst().openCount()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_revoked_link_shows_the_same_plain_page() {
        ScenarioDetails details = scenarios.save(scenarios.draft().withName("Gone " + System.nanoTime()));
        CreatedLink link = sharing.create(details.id(), 7, false);
        sharing.revoke(link.link().id());

        UI.getCurrent().navigate(SharedScenarioView.class, link.token());
        String revoked = _get(Div.class, spec -> spec.withId("not-available"))
                .getElement()
                .getTextRecursively();
        UI.getCurrent().navigate(SharedScenarioView.class, "x".repeat(43));
        String unknown = _get(Div.class, spec -> spec.withId("not-available"))
                .getElement()
                .getTextRecursively();

        assertThat(revoked).isEqualTo(unknown).contains(SharedScenarioView.NOT_AVAILABLE);
        assertThat(_find(TextField.class)).isEmpty();
    }
}
