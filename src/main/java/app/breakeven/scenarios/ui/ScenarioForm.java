package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.StudioText.*;

import app.breakeven.base.Formats;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.Deployment;
import app.breakeven.scenarios.Conditions;
import app.breakeven.scenarios.EngineeringTime;
import app.breakeven.scenarios.GrowthPlan;
import app.breakeven.scenarios.HybridRule;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioInputs;
import app.breakeven.scenarios.ScenarioLimits;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.Converter;

/**
 * The studio's inputs, bound with a {@link Binder}: converters turn percentages into shares,
 * typed volumes into tokens and catalogue items into names. Every value reaches the planner,
 * a missing number as NaN, so the server's validation names it; {@link #problems} puts
 * what it finds beside each field.
 */
class ScenarioForm extends Div {

    final TextField name = new TextField(NAME);
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
    final FieldProblems problems = new FieldProblems(name);
    final HardwareChoice hardware;
    final PathsFields paths;

    private final Binder<Values> binder = new Binder<>();
    private boolean loading;
    private Runnable onChange = () -> {};

    ScenarioForm(Catalogue catalogue) {
        addClassName("controls");
        hardware = new HardwareChoice(catalogue);
        paths = new PathsFields(catalogue);
        configure(catalogue);
        bind(catalogue);
        add(
                volume,
                model,
                tier,
                hardware,
                paths,
                deployment,
                pair(utilization, peakFactor),
                pair(inputShare, daysPerMonth),
                new H3(PLANNING),
                pair(growth, horizon),
                pair(engineerCost, engineerShare),
                migration,
                pair(hybridThreshold, hybridMonths),
                conditions());
        volume.onVolume(v -> changed());
        hardware.modelFrom(model::getValue);
        hardware.onChange(() -> {
            paths.sized(hardware.mode.getValue() == HardwareChoice.Mode.SIZED);
            changed();
        });
        paths.onChange(this::changed);
        paths.proposeFrom(this::inputs);
        binder.addValueChangeListener(e -> changed());
    }

    /** Called after each change the user makes, not after {@link #show}. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Puts the details into the fields without treating that as the user's input. */
    void show(ScenarioDetails details) {
        loading = true;
        try {
            name.setValue(details.name());
            volume.show(details.inputs().tokensPerDay());
            hardware.show(details.inputs().sizing());
            paths.show(details.inputs().paths());
            paths.sized(details.inputs().sized());
            binder.readBean(Values.of(details));
        } finally {
            loading = false;
        }
    }

    /** The details as the fields hold them, on top of {@code base} (its id, version and description). */
    ScenarioDetails read(ScenarioDetails base) {
        var values = new Values();
        binder.writeBeanAsDraft(values, true);
        return new ScenarioDetails(
                base.id(),
                base.version(),
                name.getValue(),
                base.description(),
                inputs(values),
                new GrowthPlan(values.growth, values.horizon),
                new EngineeringTime(values.engineerCost, values.engineerShare),
                new HybridRule(values.hybridThreshold, values.hybridMonths, values.migration),
                new Conditions(values.compliance, values.research, values.idleGpus, values.latency),
                base.uncertainty());
    }

    /** The inputs as the fields hold them. */
    ScenarioInputs inputs() {
        var values = new Values();
        binder.writeBeanAsDraft(values, true);
        return inputs(values);
    }

    private ScenarioInputs inputs(Values values) {
        return new ScenarioInputs(
                volume.value(),
                values.model,
                values.tier,
                values.deployment,
                values.utilization,
                values.peakFactor,
                values.inputShare,
                values.daysPerMonth,
                null,
                hardware.value(),
                paths.value());
    }

    private void changed() {
        if (!loading) {
            onChange.run();
        }
    }

    private void bind(Catalogue catalogue) {
        binder.forField(model)
                .withConverter(Converter.<ModelPrice, String>from(
                        m -> m == null ? null : m.getName(),
                        n -> catalogue.model(n).orElse(null),
                        e -> null))
                .bind(v -> v.model, (v, x) -> v.model = x);
        binder.forField(tier)
                .withConverter(Converter.<HardwareTier, String>from(
                        t -> t == null ? null : t.getLabel(),
                        n -> catalogue.tier(n).orElse(null),
                        e -> null))
                .bind(v -> v.tier, (v, x) -> v.tier = x);
        binder.forField(deployment).bind(v -> v.deployment, (v, x) -> v.deployment = x);
        binder.forField(utilization)
                .withConverter(Convert.PERCENT)
                .bind(v -> v.utilization, (v, x) -> v.utilization = x);
        binder.forField(peakFactor).withConverter(Convert.NUMBER).bind(v -> v.peakFactor, (v, x) -> v.peakFactor = x);
        binder.forField(inputShare).withConverter(Convert.PERCENT).bind(v -> v.inputShare, (v, x) -> v.inputShare = x);
        binder.forField(daysPerMonth)
                .withConverter(Convert.WHOLE)
                .bind(v -> v.daysPerMonth, (v, x) -> v.daysPerMonth = x);
        binder.forField(growth).withConverter(Convert.PERCENT_DECIMAL).bind(v -> v.growth, (v, x) -> v.growth = x);
        binder.forField(horizon).withConverter(Convert.WHOLE).bind(v -> v.horizon, (v, x) -> v.horizon = x);
        binder.forField(engineerCost).bind(v -> v.engineerCost, (v, x) -> v.engineerCost = x);
        binder.forField(engineerShare)
                .withConverter(Convert.OPTIONAL_PERCENT)
                .bind(v -> v.engineerShare, (v, x) -> v.engineerShare = x);
        binder.forField(migration).withConverter(Convert.NUMBER).bind(v -> v.migration, (v, x) -> v.migration = x);
        binder.forField(hybridThreshold)
                .withConverter(Convert.TOKENS)
                .bind(v -> v.hybridThreshold, (v, x) -> v.hybridThreshold = x);
        binder.forField(hybridMonths)
                .withConverter(Convert.WHOLE)
                .bind(v -> v.hybridMonths, (v, x) -> v.hybridMonths = x);
        binder.forField(compliance).bind(v -> v.compliance, (v, x) -> v.compliance = x);
        binder.forField(research).bind(v -> v.research, (v, x) -> v.research = x);
        binder.forField(idleGpus).bind(v -> v.idleGpus, (v, x) -> v.idleGpus = x);
        binder.forField(latency).bind(v -> v.latency, (v, x) -> v.latency = x);
        hardware.register(problems);
        paths.register(problems);
        problems.field("name", name)
                .field("tokensPerDay", volume.field)
                .field("deployment", deployment)
                .field("model", model)
                .field("tier", tier)
                .field("utilization", utilization)
                .field("peakFactor", peakFactor)
                .field("inputShare", inputShare)
                .field("daysPerMonth", daysPerMonth)
                .field("growthPerMonth", growth)
                .field("horizonMonths", horizon)
                .field("engineerMonthlyCost", engineerCost)
                .field("engineerShare", engineerShare)
                .field("engineeringMonthly", engineerCost)
                .field("migrationCost", migration)
                .field("hybridThreshold", hybridThreshold)
                .field("hybridMonths", hybridMonths);
    }

    private void configure(Catalogue catalogue) {
        name.setId("name");
        name.setWidth("22em");
        model.setId("model");
        model.setItems(catalogue.models());
        model.setItemLabelGenerator(m ->
                m.getName() + " · " + Formats.dollars(m.getOutputPerMillion().doubleValue()) + "/M");
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
        horizon.setMax(ScenarioLimits.HORIZON_MAX_MONTHS);
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
    }

    private Div conditions() {
        var conditions = new Div(new Span(CONDITIONS), compliance, research, idleGpus, latency);
        conditions.addClassName("conditions");
        return conditions;
    }

    static Div pair(com.vaadin.flow.component.Component first, com.vaadin.flow.component.Component second) {
        var pair = new Div(first, second);
        pair.addClassName("pair");
        return pair;
    }

    /** What the fields hold, in the planner's units; the binder reads and writes it. */
    static final class Values {
        String model;
        String tier;
        Deployment deployment;
        Double utilization;
        Double peakFactor;
        Double inputShare;
        Integer daysPerMonth;
        Double growth;
        Integer horizon;
        Double engineerCost;
        Double engineerShare;
        Double migration;
        Double hybridThreshold;
        Integer hybridMonths;
        Boolean compliance;
        Boolean research;
        Boolean idleGpus;
        Boolean latency;

        static Values of(ScenarioDetails d) {
            var v = new Values();
            ScenarioInputs in = d.inputs();
            v.model = in.model();
            v.tier = in.tier();
            v.deployment = in.deployment();
            v.utilization = in.utilization();
            v.peakFactor = in.peakFactor();
            v.inputShare = in.inputShare();
            v.daysPerMonth = in.daysPerMonth();
            v.growth = d.growth().perMonth();
            v.horizon = d.growth().horizonMonths();
            v.engineerCost = d.engineering().engineerMonthlyCost();
            v.engineerShare = d.engineering().share();
            v.migration = d.hybrid().migrationCost();
            v.hybridThreshold = d.hybrid().threshold();
            v.hybridMonths = d.hybrid().months();
            Conditions c = d.conditions();
            v.compliance = c.complianceForbidsThirdParties();
            v.research = c.researchNeedsModelChanges();
            v.idleGpus = c.idleGpusOnHand();
            v.latency = c.latencyUnder50ms();
            return v;
        }
    }
}
