package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.StudioText.*;

import app.breakeven.base.ui.InputChange;
import app.breakeven.base.ui.MainLayout;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.scenarios.Access;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.PathsPlan;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.Projection;
import app.breakeven.scenarios.ScenarioConflictException;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.SimulationRunner;
import app.breakeven.scenarios.ThreePaths;
import app.breakeven.scenarios.Uncertainty;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * One saved scenario, with its own URL ({@code /scenarios/{id}}, or {@code /scenarios/new}
 * for a draft): every input the engine takes plus growth, engineering time, migration
 * and the hybrid policy; live monthly and cumulative charts; the breakdown, ROI and a
 * recommendation. Unsaved changes are never lost silently.
 */
@PermitAll
@Route(value = "scenarios", layout = MainLayout.class)
public class ScenarioStudioView extends Div implements HasUrlParameter<String>, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final ScenarioService scenarios;
    private final Catalogue catalogue;
    /** The stored version, or null for a draft never saved. */
    private ScenarioDetails saved;

    private ScenarioDetails draft;
    private Projection projection;
    private PathsPlan pathsPlan;
    private PathsGrowth pathsGrowth;

    final ScenarioForm form;
    final StudioResults results = new StudioResults();
    final Button save = new Button(SAVE, e -> save());
    final Button duplicate = new Button(DUPLICATE, e -> duplicate());
    final Button delete = new Button(DELETE, e -> confirmDelete());
    final Span status = new Span();
    final RoutingPanel routing;
    final UncertaintyPanel uncertainty;
    final ModelsPanel models = new ModelsPanel();
    private final List<StudioExtension.Panel> extensions;

    private final boolean planner;
    private Access access = Access.READ;

    public ScenarioStudioView(
            ScenarioService scenarios,
            CatalogueService catalogueService,
            CurrentUser currentUser,
            List<StudioExtension> extensions,
            SimulationRunner runner) {
        this.scenarios = scenarios;
        this.catalogue = catalogueService.catalogue();
        this.form = new ScenarioForm(catalogue);
        this.routing = new RoutingPanel(catalogue);
        this.uncertainty = new UncertaintyPanel(runner, true);
        this.planner = currentUser.get().filter(u -> u.has(Role.PLANNER)).isPresent();
        this.extensions = extensions.stream().map(StudioExtension::create).toList();
        addClassName("dashboard");
        add(header(), body());
        form.onChange(() -> recompute(read()));
        uncertainty.onChange(() -> recompute(read()));
        // The cascade is part of the scenario: a change is an edit like any other.
        routing.onChange(() -> recompute(read()));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Optional<ScenarioDetails> found = parameter == null || parameter.equals(NEW)
                ? Optional.of(scenarios.draft())
                : parseId(parameter).flatMap(scenarios::find);
        if (found.isEmpty()) {
            event.rerouteTo(ScenarioListView.class);
            return;
        }
        saved = found.get().id() == null ? null : found.get();
        access = saved == null ? (planner ? Access.OWN : Access.READ) : scenarios.access(saved.id());
        show(found.get());
    }

    private static Optional<Long> parseId(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? "Scenario" : draft.name()) + " · Breakeven";
    }

    private Div header() {
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        duplicate.setId("duplicate");
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        status.setId("save-status");
        status.addClassName("status");
        var header = new Div(form.name, save, duplicate, delete, status);
        header.addClassName("dashboard-header");
        return header;
    }

    private Div body() {
        results.monthlyChart.setId("monthly-chart");
        var output = new Div(
                results.headlines(),
                results.paths,
                StudioResults.card(MONTHLY_CHART, results.monthlyChart),
                StudioResults.card(CUMULATIVE_CHART, results.cumulativeChart),
                results.decision(),
                uncertainty,
                results.how());
        extensions.forEach(panel -> output.add(panel.component()));
        output.add(StudioResults.card(BREAKDOWN_CHART, results.breakdownChart), routing, models);
        output.addClassName("results");
        var body = new Div(form, output);
        body.addClassName("dashboard-body");
        return body;
    }

    /** Puts details into the fields without treating that as the user's input, and redraws. */
    private void show(ScenarioDetails details) {
        form.show(details);
        routing.show(details.routing());
        recompute(details);
        duplicate.setEnabled(saved != null);
        delete.setEnabled(saved != null);
        save.setVisible(access.canEdit());
        delete.setVisible(access == Access.OWN);
        duplicate.setVisible(planner);
        showExtensions(saved == null || access != Access.OWN ? null : saved.id());
    }

    /** The details as the fields hold them; missing numbers become NaN so validation names them. */
    ScenarioDetails read() {
        return form.read(draft)
                .withUncertainty(uncertainty.read(draft.uncertainty()))
                .withRouting(routing.read());
    }

    /** Validates on the server; only valid details become the draft and redraw. */
    private void recompute(ScenarioDetails candidate) {
        try (var change = InputChange.on("studio")) {
            Projection next;
            PathsPlan nextPaths;
            List<Factor> uncertain;
            try {
                next = Planner.project(candidate, catalogue);
                uncertain = Uncertainty.factors(candidate, next.plan(), catalogue);
                nextPaths = candidate.inputs().threePaths()
                        ? ThreePaths.plan(
                                candidate.inputs(),
                                catalogue,
                                candidate.growth().horizonMonths())
                        : null;
            } catch (InvalidInputsException e) {
                var routed = e.problems().stream()
                        .collect(java.util.stream.Collectors.partitioningBy(
                                p -> p.field().startsWith("routing.")));
                routing.showProblems(routed.get(true));
                form.problems.show(uncertainty.showProblems(routed.get(false)));
                draftChanged(candidate, false);
                change.refused();
                return;
            }
            form.problems.clear();
            projection = next;
            draftChanged(candidate, true);
            pathsPlan = nextPaths;
            pathsGrowth = nextPaths == null ? null : ThreePaths.grow(nextPaths, candidate);
            results.show(projection, draft, catalogue, pathsPlan, pathsGrowth);
            CostChart.nameScenario(this, draft.name());
            routing.update(draft.plannedInputs(), draft.growth().horizonMonths());
            ScenarioDetails shown = draft;
            PathsPlan paths = pathsPlan;
            PathsGrowth growth = pathsGrowth;
            uncertainty.show(
                    uncertain,
                    () -> Uncertainty.model(shown, uncertain, paths, growth, catalogue),
                    draft.uncertainty(),
                    draft.growth().horizonMonths());
            ScenarioInputs planned = draft.plannedInputs();
            models.show(
                    Planner.compareModels(planned, catalogue),
                    planned.model(),
                    names -> Planner.breakEvenMap(planned, catalogue.onlyModels(names)));
        }
    }

    private void draftChanged(ScenarioDetails candidate, boolean valid) {
        if (valid) {
            draft = candidate;
        }
        boolean dirty = (isDirty() || !valid) && access.canEdit();
        status.setText(
                !access.canEdit()
                        ? (saved == null ? TRY_ONLY : planner ? READ_ONLY : READ_ONLY_VIEWER)
                        : saved == null ? NOT_SAVED_YET : dirty ? UNSAVED : SAVED);
        status.getElement().setAttribute("data-dirty", String.valueOf(dirty));
        save.setEnabled(valid && (saved == null || dirty));
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "window.onbeforeunload = $0 ? (e) => { e.preventDefault(); e.returnValue = ''; } : null;",
                        access.canEdit() && (dirty || saved == null));
    }

    /** Whether the draft differs from what is saved. */
    boolean isDirty() {
        return saved == null || !saved.equals(draft);
    }

    private void save() {
        try {
            ScenarioDetails stored = scenarios.save(draft);
            boolean created = saved == null;
            if (created) {
                access = Access.OWN;
            }
            saved = stored;
            draft = stored;
            draftChanged(stored, true);
            duplicate.setEnabled(true);
            delete.setEnabled(true);
            delete.setVisible(access == Access.OWN);
            showExtensions(access == Access.OWN ? stored.id() : null);
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "scenarios/" + stored.id());
            }
        } catch (InvalidInputsException e) {
            form.problems.show(e.problems());
        } catch (ScenarioConflictException e) {
            showConflict(e);
        }
    }

    private void showConflict(ScenarioConflictException e) {
        ConflictDialog.open(
                e.current(),
                theirs -> {
                    saved = theirs;
                    show(theirs);
                },
                theirs -> {
                    if (theirs == null) {
                        saved = null;
                        draft = draft.withIdentity(null, 0);
                    } else {
                        draft = draft.withIdentity(draft.id(), theirs.version());
                    }
                    save();
                });
    }

    private void duplicate() {
        if (saved == null) {
            return;
        }
        // The copy takes what is on screen, so tweaks to a read-only scenario are kept.
        ScenarioDetails copy = scenarios.duplicate(draft);
        UI.getCurrent().navigate(ScenarioStudioView.class, String.valueOf(copy.id()));
    }

    private void confirmDelete() {
        if (saved == null) {
            return;
        }
        var dialog = new ConfirmDialog(DELETE_TITLE, "'" + saved.name() + "'", DELETE, event -> {
            try {
                scenarios.delete(saved.id(), saved.version());
                saved = null;
                draft = null;
                UI.getCurrent().navigate(ScenarioListView.class);
            } catch (ScenarioConflictException e) {
                showConflict(e);
            }
        });
        dialog.setId("delete-dialog");
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft == null || !access.canEdit() || !isDirty() && saved != null) {
            return;
        }
        var action = event.postpone();
        var dialog = new ConfirmDialog(LEAVE_TITLE, LEAVE_TEXT, LEAVE, e -> {
            saved = draft;
            UI.getCurrent().getPage().executeJs("window.onbeforeunload = null;");
            action.proceed();
        });
        dialog.setId("leave-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(STAY);
        dialog.open();
    }

    /** The projection the view shows now. */
    Projection projection() {
        return projection;
    }

    /** The three paths over the horizon the view shows now; null when the scenario is priced the article's way alone. */
    PathsGrowth pathsGrowth() {
        return pathsGrowth;
    }

    /** The three paths the view shows now; null when the scenario is priced the article's way alone. */
    PathsPlan pathsPlan() {
        return pathsPlan;
    }

    ScenarioDetails draft() {
        return draft;
    }

    private void showExtensions(Long ownedScenarioId) {
        extensions.forEach(panel -> panel.show(ownedScenarioId));
    }
}
