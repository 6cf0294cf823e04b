package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.DashboardText.*;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.InputChange;
import app.breakeven.base.ui.MainLayout;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.BreakEven;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.PathsChoice;
import app.breakeven.scenarios.PathsPlan;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ScenarioSummary;
import app.breakeven.scenarios.ThreePaths;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The planner: move a slider and watch API cost and self-host cost chart against each
 * other. Inputs are validated on the server before the engine sees them; a bad value
 * gets a message beside its field and changes nothing.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Breakeven: API or self-host")
public class DashboardView extends VerticalLayout {

    private final ScenarioService scenarios;
    private final Catalogue catalogue;
    private ScenarioInputs inputs;
    /** The loaded scenario's three paths and the months its one-offs are spread over. */
    private PathsChoice loadedPaths;

    private int horizonMonths = PathsResults.DEFAULT_HORIZON_MONTHS;
    final PathsResults paths = new PathsResults();
    private Plan plan;

    final Select<ScenarioSummary> startFrom = new Select<>();
    final VolumeInput volume = new VolumeInput(VOLUME);
    final ComboBox<ModelPrice> model = new ComboBox<>(MODEL);
    final ComboBox<HardwareTier> tier = new ComboBox<>(TIER);
    final RadioButtonGroup<Deployment> deployment = new RadioButtonGroup<>(DEPLOYMENT);
    final IntegerSlider utilizationSlider = new IntegerSlider(UTILIZATION, 5, 100);
    final IntegerField utilizationField = new IntegerField(UTILIZATION_FIELD);
    final Checkbox fullCost = new Checkbox(FULL_COST, true);
    final HardwareChoice hardware;

    final Headline apiHeadline = new Headline("headline-api", API_CAPTION, "api");
    final Headline selfHostHeadline = new Headline("headline-self-host", SELF_CAPTION_FULL, "self");
    final Headline deploymentsHeadline = new Headline("headline-deployments", DEPLOYMENTS_CAPTION, "");
    final Headline breakEvenHeadline = new Headline("headline-break-even", BREAK_EVEN_CAPTION, "");
    final Headline verdictHeadline = new Headline("headline-verdict", VERDICT_CAPTION, "verdict");
    final CostChart chart = new CostChart();
    final Pre formulas = new Pre();
    final Span sources = new Span();

    /** Set while the view itself writes into fields, so that does not count as the user's input. */
    private final ProgrammaticChange updatingFields = new ProgrammaticChange();

    public DashboardView(ScenarioService scenarios, CatalogueService catalogueService) {
        this.scenarios = scenarios;
        this.catalogue = catalogueService.catalogue();
        this.hardware = new HardwareChoice(catalogue);
        this.inputs = scenarios
                .inputs(ScenarioService.DEFAULT_SCENARIO)
                .orElseGet(() -> scenarios.draft().inputs());
        this.loadedPaths = inputs.paths();
        addClassName("dashboard");
        setPadding(false);
        add(header(), body());
        configureFields();
        showInputs(inputs);
        recompute(inputs);
    }

    private Div header() {
        var title = new H1(TITLE);
        var tagline = new Span(TAGLINE);
        tagline.addClassName("tagline");
        startFrom.setLabel(START_FROM);
        startFrom.setId("start-from");
        List<ScenarioSummary> saved = scenarios.list();
        startFrom.setItems(saved);
        startFrom.setItemLabelGenerator(ScenarioSummary::name);
        saved.stream()
                .filter(s -> s.owner() == null && s.name().equals(ScenarioService.DEFAULT_SCENARIO))
                .findFirst()
                .ifPresent(startFrom::setValue);
        startFrom.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                scenarios.find(e.getValue().id()).ifPresent(details -> {
                    ScenarioInputs loaded = details.plannedInputs();
                    loadedPaths = loaded.paths();
                    horizonMonths = details.growth().horizonMonths();
                    showInputs(loaded);
                    recompute(loaded);
                });
            }
        });
        var header = new Div(title, tagline, startFrom);
        header.addClassName("dashboard-header");
        return header;
    }

    private Div body() {
        var utilizationRow = new Div(utilizationSlider, utilizationField);
        utilizationRow.addClassName("slider-row");
        var controls = new Div(volume, model, tier, hardware, deployment, utilizationRow, fullCost);
        controls.addClassName("controls");

        var headlines = new Div(apiHeadline, selfHostHeadline, deploymentsHeadline, breakEvenHeadline, verdictHeadline);
        headlines.addClassName("headlines");
        var chartCard = new Div(chart);
        chartCard.addClassName("chart-card");
        chart.setTitle("Cost against volume");
        chart.setId("dashboard-chart");
        CostChart.nameScenario(this, "Planner");
        var how = new Details(HOW_COMPUTED, new Div(formulas, paths.lines, sources));
        how.setId("how-computed");
        how.addClassName("how-computed");
        how.setOpened(true);
        sources.addClassName("source");
        var results = new Div(headlines, paths, chartCard, how);
        results.addClassName("results");

        var body = new Div(controls, results);
        body.addClassName("dashboard-body");
        return body;
    }

    private void configureFields() {
        volume.onVolume(tokensPerDay -> recompute(inputs.withTokensPerDay(tokensPerDay)));

        model.setId("model");
        model.setItems(catalogue.models());
        model.setItemLabelGenerator(m ->
                m.getName() + " · " + Formats.dollars(m.getOutputPerMillion().doubleValue()) + "/M");
        model.setRequired(true);
        model.setAllowCustomValue(false);
        model.addValueChangeListener(e -> {
            if (updatingFields.active()) {
                return;
            }
            if (e.getValue() == null) {
                refuse(model, MODEL_ERROR);
                return;
            }
            recompute(inputs.withModel(e.getValue().getName()));
        });

        tier.setId("tier");
        tier.setItems(catalogue.tiers());
        tier.setItemLabelGenerator(t -> t.getLabel() + " · " + t.gpus());
        tier.setRequired(true);
        tier.setAllowCustomValue(false);
        tier.addValueChangeListener(e -> {
            if (updatingFields.active()) {
                return;
            }
            if (e.getValue() == null) {
                refuse(tier, TIER_ERROR);
                return;
            }
            recompute(inputs.withTier(e.getValue().getLabel()));
        });

        deployment.setId("deployment");
        deployment.setItems(Deployment.values());
        deployment.setItemLabelGenerator(DashboardText::deployment);
        deployment.addValueChangeListener(e -> {
            if (!updatingFields.active() && e.getValue() != null) {
                recompute(inputs.withDeployment(e.getValue()));
            }
        });

        utilizationSlider.setId("utilization-slider");
        utilizationSlider.setStep(1);
        utilizationSlider.setValueChangeMode(ValueChangeMode.EAGER);
        utilizationSlider.setWidthFull();
        utilizationSlider.addValueChangeListener(e -> {
            if (!updatingFields.active() && e.getValue() != null) {
                updatingFields.run(() -> utilizationField.setValue(e.getValue()));
                recompute(inputs.withUtilization(e.getValue() / 100.0));
            }
        });
        utilizationField.setId("utilization-field");
        utilizationField.setMin(5);
        utilizationField.setMax(100);
        utilizationField.setStepButtonsVisible(false);
        utilizationField.addValueChangeListener(e -> {
            if (updatingFields.active()) {
                return;
            }
            Integer value = e.getValue();
            if (value == null || value < 5 || value > 100) {
                refuse(utilizationField, UTILIZATION_ERROR);
                return;
            }
            updatingFields.run(() -> utilizationSlider.setValue(value));
            recompute(inputs.withUtilization(value / 100.0));
        });

        fullCost.setId("full-cost");
        fullCost.addValueChangeListener(e -> render());

        hardware.modelFrom(model::getValue);
        // The three paths need the sized replica: the article's tier prices one way, and a switch
        // back to the sized mode brings the loaded scenario's paths back.
        hardware.onChange(() -> recompute(
                inputs.withSizing(hardware.value()).withPaths(hardware.value() == null ? null : loadedPaths)));
    }

    /** Puts inputs into the fields without treating that as user input. */
    private void showInputs(ScenarioInputs shown) {
        updatingFields.run(() -> {
            volume.show(shown.tokensPerDay());
            model.setValue(catalogue.model(shown.model()).orElse(null));
            tier.setValue(catalogue.tier(shown.tier()).orElse(null));
            deployment.setValue(shown.deployment());
            int percent = (int) Math.round(shown.utilization() * 100);
            utilizationSlider.setValue(percent);
            utilizationField.setValue(percent);
            hardware.show(shown.sizing());
        });
    }

    /** Validates on the server and, only when valid, adopts the inputs and redraws. */
    private void recompute(ScenarioInputs candidate) {
        try (var change = InputChange.on("dashboard")) {
            Plan next;
            PathsPlan nextPaths;
            try {
                next = Planner.plan(candidate, catalogue);
                nextPaths = candidate.threePaths() ? ThreePaths.plan(candidate, catalogue, horizonMonths) : null;
            } catch (InvalidInputsException e) {
                problems().show(e.problems());
                change.refused();
                return;
            }
            problems().clear();
            inputs = candidate;
            plan = next;
            paths.show(nextPaths);
            render();
        }
    }

    private void render() {
        Evaluation e = plan.evaluation();
        boolean full = fullCost.getValue();
        var self = full ? e.selfHostMonthly() : e.gpuMonthly();
        BreakEven breakEven = full ? e.breakEven() : e.breakEvenGpuOnly();
        var verdict = full ? e.verdict() : e.verdictGpuOnly();

        apiHeadline.show(Formats.dollars(e.apiMonthly()), apiNote(e));
        selfHostHeadline.setCaption(full ? SELF_CAPTION_FULL : SELF_CAPTION_GPU);
        selfHostHeadline.show(Formats.dollarRange(self.low(), self.high()), selfHostNote(e, full));
        deploymentsHeadline.show(
                e.deployments() + " × " + HardwareText.deployment(plan, catalogue),
                deploymentsNote(plan, HardwareText.deployment(plan, catalogue)));
        breakEvenHeadline.show(DashboardText.breakEven(breakEven), breakEvenNote(breakEven));
        verdictHeadline.show(DashboardText.verdict(verdict), verdictNote(verdict));

        chart.setSpec(ScenarioCharts.costVersusVolume(plan, full, 380));
        formulas.setText(HardwareText.arithmetic(plan) + "\n" + DashboardText.formulas(plan.profile(), e, full));
        sources.setText(HardwareText.sources(plan, catalogue));
    }

    private FieldProblems problems() {
        return hardware.register(new FieldProblems(volume.field)
                .field("tokensPerDay", volume.field)
                .field("model", model)
                .field("tier", tier)
                .field("deployment", deployment)
                .field("utilization", utilizationField));
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The inputs the dashboard currently shows figures for. */
    ScenarioInputs inputs() {
        return inputs;
    }
}
