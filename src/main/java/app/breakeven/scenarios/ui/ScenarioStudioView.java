package app.breakeven.scenarios.ui;

import jakarta.annotation.security.PermitAll;
import static app.breakeven.scenarios.ui.StudioText.*;

import app.breakeven.base.ui.Formats;
import app.breakeven.base.ui.MainLayout;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Growth;
import app.breakeven.scenarios.Conditions;
import app.breakeven.scenarios.CostLine;
import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.Projection;
import app.breakeven.scenarios.ScenarioConflictException;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.Access;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

    private ScenarioDetails saved;
    private ScenarioDetails draft;
    private Projection projection;
    private boolean loading;

    final TextField name = new TextField(NAME);
    final Button save = new Button(SAVE, e -> save());
    final Button duplicate = new Button(DUPLICATE, e -> duplicate());
    final Button delete = new Button(DELETE, e -> confirmDelete());
    final Span status = new Span();
    final VolumeInput volume = new VolumeInput(DashboardText.VOLUME);
    final ComboBox<ModelPrice> model = new ComboBox<>(DashboardText.MODEL);
    final ComboBox<HardwareTier> tier = new ComboBox<>(DashboardText.TIER);
    final RadioButtonGroup<Deployment> deployment = new RadioButtonGroup<>(DashboardText.DEPLOYMENT);
    final IntegerField utilization = new IntegerField(DashboardText.UTILIZATION);
    final NumberField peakFactor = new NumberField(PEAK);
    final IntegerField inputShare = new IntegerField(INPUT_SHARE);
    final IntegerField daysPerMonth = new IntegerField(DAYS);
    final NumberField growth = new NumberField(GROWTH);
    final IntegerField horizon = new IntegerField(HORIZON);
    final NumberField engineerCost = new NumberField(ENGINEER_COST);
    final IntegerField engineerShare = new IntegerField(ENGINEER_SHARE);
    final NumberField migration = new NumberField(MIGRATION);
    final TextField hybridThreshold = new TextField(HYBRID_THRESHOLD);
    final IntegerField hybridMonths = new IntegerField(HYBRID_MONTHS);
    final Checkbox compliance = new Checkbox(COMPLIANCE);
    final Checkbox research = new Checkbox(RESEARCH);
    final Checkbox idleGpus = new Checkbox(IDLE_GPUS);
    final Checkbox latency = new Checkbox(LATENCY);

    final Headline apiHeadline = new Headline("studio-api", DashboardText.API_CAPTION, "api");
    final Headline selfHeadline = new Headline("studio-self-host", DashboardText.SELF_CAPTION_FULL, "self");
    final Headline cheaperHeadline = new Headline("studio-first-cheaper", FIRST_CHEAPER, "");
    final Headline hybridHeadline = new Headline("studio-hybrid", HYBRID_MOVES, "");
    final Headline paybackHeadline = new Headline("studio-payback", PAYBACK, "");
    final CostChart monthlyChart = new CostChart();
    final CostChart cumulativeChart = new CostChart();
    final CostChart breakdownChart = new CostChart();
    final Paragraph roi = new Paragraph();
    final H3 recommendation = new H3();
    final UnorderedList reasons = new UnorderedList();
    final RoutingPanel routing;
    final ModelsPanel models = new ModelsPanel();
    final SharePanel share;

    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    private final boolean planner;
    private Access access = Access.READ;

    public ScenarioStudioView(ScenarioService scenarios, app.breakeven.sharing.SharingService sharing,
            CurrentUser currentUser, AccountDirectory directory) {
        this.scenarios = scenarios;
        this.catalogue = scenarios.catalogue();
        this.routing = new RoutingPanel(catalogue);
        this.planner = currentUser.get().filter(u -> u.has(Role.PLANNER)).isPresent();
        this.share = new SharePanel(sharing, scenarios, directory, currentUser.get().map(u -> u.id()).orElse(-1L));
        addClassName("dashboard");
        add(header(), body());
        configure();
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
        name.setId("name");
        name.setWidth("22em");
        var header = new Div(name, save, duplicate, delete, status);
        header.addClassName("dashboard-header");
        return header;
    }

    private Div body() {
        var utilizationRow = new Div(utilization, peakFactor);
        utilizationRow.addClassName("pair");
        var mixRow = new Div(inputShare, daysPerMonth);
        mixRow.addClassName("pair");
        var growthRow = new Div(growth, horizon);
        growthRow.addClassName("pair");
        var engineerRow = new Div(engineerCost, engineerShare);
        engineerRow.addClassName("pair");
        var hybridRow = new Div(hybridThreshold, hybridMonths);
        hybridRow.addClassName("pair");
        var conditions = new Div(new Span(CONDITIONS), compliance, research, idleGpus, latency);
        conditions.addClassName("conditions");
        var controls = new Div(volume, model, tier, deployment, utilizationRow, mixRow, new H3(PLANNING), growthRow,
                engineerRow, migration, hybridRow, conditions);
        controls.addClassName("controls");

        var headlines = new Div(apiHeadline, selfHeadline, cheaperHeadline, hybridHeadline, paybackHeadline);
        headlines.addClassName("headlines");
        var decision = new Div(new H2(DECISION), recommendation, reasons, new H3(ROI), roi);
        decision.setId("decision");
        decision.addClassName("decision");
        var results = new Div(headlines, card(MONTHLY_CHART, monthlyChart), card(CUMULATIVE_CHART, cumulativeChart),
                decision, share, card(BREAKDOWN_CHART, breakdownChart), routing, models);
        results.addClassName("results");
        var body = new Div(controls, results);
        body.addClassName("dashboard-body");
        return body;
    }

    private static Div card(String title, CostChart chart) {
        var card = new Div(new H3(title), chart);
        card.addClassName("chart-card");
        return card;
    }

    private void configure() {
        model.setId("model");
        model.setItems(catalogue.models());
        model.setItemLabelGenerator(m -> m.getName() + " · " + Formats.dollars(m.getOutputPerMillion().doubleValue()) + "/M");
        tier.setId("tier");
        tier.setItems(catalogue.tiers());
        tier.setItemLabelGenerator(t -> t.getLabel() + " · " + t.gpus());
        deployment.setId("deployment");
        deployment.setItems(Deployment.values());
        deployment.setItemLabelGenerator(DashboardText::deployment);
        utilization.setId("utilization");
        utilization.setMin(5);
        utilization.setMax(100);
        peakFactor.setId("peak-factor");
        peakFactor.setMin(1);
        peakFactor.setStep(0.1);
        inputShare.setId("input-share");
        inputShare.setMin(0);
        inputShare.setMax(100);
        inputShare.setHelperText(INPUT_SHARE_HELP);
        daysPerMonth.setId("days-per-month");
        daysPerMonth.setMin(1);
        daysPerMonth.setMax(31);
        growth.setId("growth");
        growth.setStep(1);
        horizon.setId("horizon");
        horizon.setMin(1);
        horizon.setMax(ScenarioDetails.MAX_HORIZON_MONTHS);
        engineerCost.setId("engineer-cost");
        engineerCost.setHelperText(ENGINEER_HELP);
        engineerCost.setMin(0);
        engineerShare.setId("engineer-share");
        engineerShare.setMin(0);
        engineerShare.setMax(100);
        migration.setId("migration");
        migration.setMin(0);
        hybridThreshold.setId("hybrid-threshold");
        hybridMonths.setId("hybrid-months");
        hybridMonths.setMin(1);

        fieldsByName.put("name", name);
        fieldsByName.put("tokensPerDay", volume.field);
        fieldsByName.put("model", model);
        fieldsByName.put("tier", tier);
        fieldsByName.put("utilization", utilization);
        fieldsByName.put("peakFactor", peakFactor);
        fieldsByName.put("inputShare", inputShare);
        fieldsByName.put("daysPerMonth", daysPerMonth);
        fieldsByName.put("growthPerMonth", growth);
        fieldsByName.put("horizonMonths", horizon);
        fieldsByName.put("engineerMonthlyCost", engineerCost);
        fieldsByName.put("engineerShare", engineerShare);
        fieldsByName.put("engineeringMonthly", engineerCost);
        fieldsByName.put("migrationCost", migration);
        fieldsByName.put("hybridThreshold", hybridThreshold);
        fieldsByName.put("hybridMonths", hybridMonths);

        volume.onVolume(v -> changed());
        for (var field : List.of(name, hybridThreshold)) {
            field.addValueChangeListener(e -> changed());
        }
        model.addValueChangeListener(e -> changed());
        tier.addValueChangeListener(e -> changed());
        deployment.addValueChangeListener(e -> changed());
        for (var field : List.of(utilization, inputShare, daysPerMonth, horizon, engineerShare, hybridMonths)) {
            field.addValueChangeListener(e -> changed());
        }
        for (var field : List.of(peakFactor, growth, engineerCost, migration)) {
            field.addValueChangeListener(e -> changed());
        }
        for (var box : List.of(compliance, research, idleGpus, latency)) {
            box.addValueChangeListener(e -> changed());
        }
        routing.onChange(() -> routing.update(draft.plannedInputs(), scenarios));
    }

    /** Puts details into the fields without treating that as the user's input, and redraws. */
    private void show(ScenarioDetails details) {
        loading = true;
        try {
            ScenarioInputs in = details.inputs();
            name.setValue(details.name());
            volume.show(in.tokensPerDay());
            model.setValue(catalogue.model(in.model()).orElse(null));
            tier.setValue(catalogue.tier(in.tier()).orElse(null));
            deployment.setValue(in.deployment());
            utilization.setValue((int) Math.round(in.utilization() * 100));
            peakFactor.setValue(in.peakFactor());
            inputShare.setValue((int) Math.round(in.inputShare() * 100));
            daysPerMonth.setValue(in.daysPerMonth());
            growth.setValue(details.growthPerMonth() * 100);
            horizon.setValue(details.horizonMonths());
            engineerCost.setValue(details.engineerMonthlyCost());
            engineerShare.setValue(details.engineerShare() == null ? null
                    : (int) Math.round(details.engineerShare() * 100));
            migration.setValue(details.migrationCost());
            hybridThreshold.setValue(Formats.tokens(details.hybridThreshold()));
            hybridMonths.setValue(details.hybridMonths());
            Conditions c = details.conditions();
            compliance.setValue(c.complianceForbidsThirdParties());
            research.setValue(c.researchNeedsModelChanges());
            idleGpus.setValue(c.idleGpusOnHand());
            latency.setValue(c.latencyUnder50ms());
        } finally {
            loading = false;
        }
        recompute(details);
        duplicate.setEnabled(saved != null);
        delete.setEnabled(saved != null);
        save.setVisible(access.canEdit());
        delete.setVisible(access == Access.OWN);
        duplicate.setVisible(planner);
        share.show(saved == null || access != Access.OWN ? null : saved.id());
    }

    private void changed() {
        if (!loading) {
            recompute(read());
        }
    }

    /** The details as the fields hold them; missing numbers become NaN so validation names them. */
    ScenarioDetails read() {
        ScenarioDetails base = draft;
        OptionalDouble threshold = Formats.parseTokens(hybridThreshold.getValue());
        ScenarioInputs inputs = new ScenarioInputs(
                base.inputs().tokensPerDay(),
                model.getValue() == null ? null : model.getValue().getName(),
                tier.getValue() == null ? null : tier.getValue().getLabel(),
                deployment.getValue(),
                utilization.getValue() == null ? Double.NaN : utilization.getValue() / 100.0,
                orNaN(peakFactor.getValue()),
                inputShare.getValue() == null ? Double.NaN : inputShare.getValue() / 100.0,
                daysPerMonth.getValue() == null ? 0 : daysPerMonth.getValue(),
                null);
        inputs = inputs.withTokensPerDay(volume.value());
        return new ScenarioDetails(base.id(), base.version(), name.getValue(), base.description(), inputs,
                growth.getValue() == null ? Double.NaN : growth.getValue() / 100,
                horizon.getValue() == null ? 0 : horizon.getValue(),
                engineerCost.getValue(),
                engineerShare.getValue() == null ? null : engineerShare.getValue() / 100.0,
                orNaN(migration.getValue()),
                threshold.orElse(Double.NaN),
                hybridMonths.getValue() == null ? 0 : hybridMonths.getValue(),
                new Conditions(compliance.getValue(), research.getValue(), idleGpus.getValue(), latency.getValue()));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** Validates on the server; only valid details become the draft and redraw. */
    private void recompute(ScenarioDetails candidate) {
        Projection next;
        try {
            next = scenarios.project(candidate, catalogue);
        } catch (InvalidInputsException e) {
            showProblems(e.problems());
            draftChanged(candidate, false);
            return;
        }
        clearProblems();
        projection = next;
        draftChanged(candidate, true);
        render();
    }

    private void draftChanged(ScenarioDetails candidate, boolean valid) {
        if (valid) {
            draft = candidate;
        }
        boolean dirty = (isDirty() || !valid) && access.canEdit();
        status.setText(!access.canEdit() ? (saved == null ? TRY_ONLY : READ_ONLY)
                : saved == null ? NOT_SAVED_YET : dirty ? UNSAVED : SAVED);
        status.getElement().setAttribute("data-dirty", String.valueOf(dirty));
        save.setEnabled(valid && (saved == null || dirty));
        UI.getCurrent().getPage().executeJs(
                "window.onbeforeunload = $0 ? (e) => { e.preventDefault(); e.returnValue = ''; } : null;",
                access.canEdit() && (dirty || saved == null));
    }

    /** Whether the draft differs from what is saved. */
    boolean isDirty() {
        return saved == null || !saved.equals(draft);
    }

    private void render() {
        var e = projection.plan().evaluation();
        Growth g = projection.growth();
        apiHeadline.show(Formats.dollars(e.apiMonthly()), DashboardText.apiNote(e));
        selfHeadline.show(Formats.dollarRange(e.selfHostMonthly().low(), e.selfHostMonthly().high()),
                e.deployments() + " × " + projection.plan().profile().tier().label());
        cheaperHeadline.show(month(g.firstSelfHostCheaperMonth()), "mid of the self-host range");
        hybridHeadline.show(g.hybridSwitchMonth() < 0 ? NEVER_MOVES : month(g.hybridSwitchMonth()),
                "after " + draft.hybridMonths() + " months at " + Formats.tokens(draft.hybridThreshold()) + "/day");
        paybackHeadline.show(month(g.paybackMonth()),
                "migration " + Formats.dollars(draft.migrationCost()) + " recovered against staying on the API");
        monthlyChart.setSpec(ScenarioCharts.monthly(g, 320));
        cumulativeChart.setSpec(ScenarioCharts.cumulative(g, 320));
        breakdownChart.setSpec(breakdownSpec(projection.breakdown()));
        roi.setText(StudioText.roi(projection.roi()));
        recommendation.setText(projection.decision().recommendation().label());
        recommendation.setId("recommendation");
        reasons.removeAll();
        projection.decision().reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        routing.update(draft.plannedInputs(), scenarios);
        models.show(scenarios.compareModels(draft.plannedInputs(), catalogue),
                scenarios.breakEvenMap(draft.plannedInputs(), catalogue));
    }

    private static ChartSpec breakdownSpec(List<CostLine> lines) {
        String[] palette = {"#e8590c", "#1676f3", "#2b8a3e", "#ae3ec9", "#f59f00", "#0ca678", "#868e96"};
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            series.add(new Series(line.name() + " " + Formats.dollarRange(line.low(), line.high()), SeriesType.BAR,
                    palette[i % palette.length], false, new double[][] {{0, line.mid()}}));
        }
        return ChartSpec.categorical(null, 220, List.of("This month"),
                new ValueAxis("", Format.DOLLARS, null, null), series, true, true);
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
            share.show(access == Access.OWN ? stored.id() : null);
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "scenarios/" + stored.id());
            }
        } catch (InvalidInputsException e) {
            showProblems(e.problems());
        } catch (ScenarioConflictException e) {
            showConflict(e);
        }
    }

    private void showConflict(ScenarioConflictException e) {
        ScenarioDetails theirs = e.current();
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        if (theirs == null) {
            dialog.setHeader(CONFLICT_TITLE);
            dialog.setText(CONFLICT_DELETED);
            dialog.setConfirmText(SAVE_AS_NEW);
            dialog.addConfirmListener(event -> {
                saved = null;
                draft = new ScenarioDetails(null, 0, draft.name(), draft.description(), draft.inputs(),
                        draft.growthPerMonth(), draft.horizonMonths(), draft.engineerMonthlyCost(), draft.engineerShare(),
                        draft.migrationCost(), draft.hybridThreshold(), draft.hybridMonths(), draft.conditions());
                save();
            });
        } else {
            dialog.setHeader(CONFLICT_TITLE);
            dialog.setText(conflict(theirs.name(), theirs.version()) + " " + summary(theirs));
            dialog.setCancelable(true);
            dialog.setCancelText(CANCEL);
            dialog.setRejectable(true);
            dialog.setRejectText(RELOAD_THEIRS);
            dialog.addRejectListener(event -> {
                saved = theirs;
                show(theirs);
            });
            dialog.setConfirmText(OVERWRITE);
            dialog.addConfirmListener(event -> {
                draft = new ScenarioDetails(draft.id(), theirs.version(), draft.name(), draft.description(),
                        draft.inputs(), draft.growthPerMonth(), draft.horizonMonths(), draft.engineerMonthlyCost(),
                        draft.engineerShare(), draft.migrationCost(), draft.hybridThreshold(), draft.hybridMonths(),
                        draft.conditions());
                save();
            });
        }
        dialog.open();
    }

    private static String summary(ScenarioDetails d) {
        return "Theirs: " + Formats.tokens(d.inputs().tokensPerDay()) + " tokens/day on " + d.inputs().model()
                + ", " + d.inputs().tier() + " " + DashboardText.deployment(d.inputs().deployment()).toLowerCase()
                + ", growth " + Formats.percent(d.growthPerMonth()) + " a month over " + d.horizonMonths() + " months.";
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

    private void showProblems(List<InputProblem> problems) {
        clearProblems();
        for (InputProblem problem : problems) {
            HasValidation field = fieldsByName.getOrDefault(problem.field(), name);
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
        }
    }

    private void clearProblems() {
        for (HasValidation field : fieldsByName.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** The projection the view shows now. */
    Projection projection() {
        return projection;
    }

    ScenarioDetails draft() {
        return draft;
    }
}
