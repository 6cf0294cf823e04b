package app.breakeven.scenarios.ui;

import app.breakeven.base.ui.MainLayout;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ScenarioSummary;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.Role;
import app.breakeven.security.SignedIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The saved scenarios: open one, start a new one, or pick two to four to compare. */
@PermitAll
@Route(value = "scenarios", layout = MainLayout.class)
@PageTitle("Scenarios · Breakeven")
public class ScenarioListView extends Div {

    final Grid<ScenarioSummary> grid = new Grid<>(ScenarioSummary.class, false);
    final Button open = new Button("Open");
    final Button create = new Button("New scenario");
    final Button compare = new Button("Compare selected");

    public ScenarioListView(ScenarioService scenarios, CurrentUser currentUser) {
        addClassName("dashboard");
        grid.setId("scenario-grid");
        String me = currentUser.get().map(SignedIn::username).orElse("");
        grid.addColumn(ScenarioSummary::name)
                .setHeader("Name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.owner() == null ? "article example" : s.owner().equals(me) ? "you" : s.owner())
                .setHeader("Owner")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> switch (s.access()) {
                    case OWN -> "owner";
                    case EDIT -> "shared: can edit";
                    case READ -> "read only";
                    case NONE -> "";
                })
                .setHeader("Your access")
                .setAutoWidth(true);
        grid.addColumn(ScenarioSummary::description).setHeader("Description").setFlexGrow(1);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(scenarios.list());
        grid.addItemDoubleClickListener(e -> openScenario(e.getItem()));
        grid.setAllRowsVisible(true);

        create.setId("new-scenario");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate(ScenarioStudioView.class, ScenarioStudioView.NEW));
        create.setVisible(currentUser.get().filter(u -> u.has(Role.PLANNER)).isPresent());
        open.setId("open-scenario");
        open.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openScenario));
        compare.setId("compare-selected");
        compare.addClickListener(e -> compareSelected());
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            open.setEnabled(n == 1);
            compare.setEnabled(n >= 2 && n <= CompareView.MAX_SCENARIOS);
        });
        open.setEnabled(false);
        compare.setEnabled(false);
        var actions = new Div(create, open, compare);
        actions.addClassName("dashboard-header");
        add(new H2("Scenarios"), actions, grid);
    }

    private void openScenario(ScenarioSummary summary) {
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(summary.id()));
    }

    private void compareSelected() {
        String ids = grid.getSelectedItems().stream()
                .map(s -> String.valueOf(s.id()))
                .collect(Collectors.joining(","));
        UI.getCurrent().navigate(CompareView.class, new QueryParameters(Map.of("ids", List.of(ids))));
    }
}
