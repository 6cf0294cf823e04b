package app.breakeven.scenarios.ui;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.economics.BillingMode;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.costs.economics.Load;
import app.breakeven.scenarios.PathsChoice;
import app.breakeven.scenarios.ScenarioInputs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.function.Supplier;

/**
 * The three paths' terms (API, rented, owned): the request shape, the load over the month,
 * how rented instances are billed, availability, the people and one-offs of each path and
 * the cost lens, and the scenario's own ownership assumptions. Offered only in the sized mode,
 * since the sized replica sets a replica's throughput. Shares are typed as percentages; a
 * missing number reaches the planner as NaN (0 for whole numbers), so the server's validation
 * names it beside its field.
 */
class PathsFields extends Div {

    static final String ENABLED = "Price three paths (API, rented, owned)";
    static final String INPUT_TOKENS = "Input tokens a request";
    static final String OUTPUT_TOKENS = "Output tokens a request";
    static final String CACHED = "Cached input (%)";
    static final String BATCH = "Batch-eligible traffic (%)";
    static final String ACTIVE_HOURS = "Active hours a month";
    static final String HEADROOM = "Headroom: capacity used (%)";
    static final String BILLING = "Rented billing";
    static final String BUFFER = "Scale-to-zero buffer (%)";
    static final String MINIMUM = "Minimum replicas";
    static final String SPARE = "N+1: one spare replica";
    static final String FTE_COST = "Loaded cost of one FTE ($/month)";
    static final String LENS = "Cost lens";

    final Checkbox enabled = new Checkbox(ENABLED);
    final NumberField inputTokens = new NumberField(INPUT_TOKENS);
    final NumberField outputTokens = new NumberField(OUTPUT_TOKENS);
    final NumberField cached = new NumberField(CACHED);
    final NumberField batch = new NumberField(BATCH);
    final NumberField activeHours = new NumberField(ACTIVE_HOURS);
    final NumberField headroom = new NumberField(HEADROOM);
    final Select<BillingMode> billing = new Select<>();
    final NumberField buffer = new NumberField(BUFFER);
    final IntegerField minimumReplicas = new IntegerField(MINIMUM);
    final Checkbox spare = new Checkbox(SPARE);
    final NumberField fteCost = new NumberField(FTE_COST);
    final NumberField apiFte = new NumberField("API operations (FTE)");
    final NumberField rentedFte = new NumberField("Rented operations (FTE)");
    final NumberField ownedFte = new NumberField("Owned operations (FTE)");
    final NumberField apiBuild = new NumberField("API implementation ($)");
    final NumberField rentedBuild = new NumberField("Rented implementation ($)");
    final NumberField ownedBuild = new NumberField("Owned implementation ($)");
    final RadioButtonGroup<CostLens> lens = new RadioButtonGroup<>(LENS);
    final OwnershipFields ownership;
    private final Div terms;
    private final ProgrammaticChange writing = new ProgrammaticChange();
    private Runnable listener = () -> {};
    private Supplier<ScenarioInputs> proposalBasis = () -> null;
    private boolean sized;

    PathsFields(Catalogue catalogue) {
        ownership = new OwnershipFields(catalogue);
        setId("paths-fields");
        enabled.setId("paths-enabled");
        billing.setId("paths-billing");
        billing.setLabel(BILLING);
        billing.setItems(List.of(BillingMode.values()));
        billing.setItemLabelGenerator(BillingMode::label);
        lens.setId("paths-lens");
        lens.setItems(CostLens.values());
        lens.setItemLabelGenerator(CostLens::label);
        activeHours.setHelperText("730 is every hour");
        headroom.setHelperText("of a replica's benchmarked throughput");
        terms = new Div(
                ScenarioForm.pair(inputTokens, outputTokens),
                ScenarioForm.pair(cached, batch),
                ScenarioForm.pair(activeHours, headroom),
                ScenarioForm.pair(billing, buffer),
                ScenarioForm.pair(minimumReplicas, spare),
                fteCost,
                ScenarioForm.pair(apiFte, apiBuild),
                ScenarioForm.pair(rentedFte, rentedBuild),
                ScenarioForm.pair(ownedFte, ownedBuild),
                lens,
                ownership);
        terms.setId("paths-terms");
        add(enabled, terms);
        enabled.addValueChangeListener(e -> {
            if (!writing.active()) {
                if (e.getValue() && billing.getValue() == null) {
                    propose();
                }
                terms.setVisible(e.getValue());
                listener.run();
            }
        });
        for (Component field : List.of(
                inputTokens, outputTokens, cached, batch, activeHours, headroom, buffer, minimumReplicas, fteCost)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(e -> changed());
        }
        for (NumberField field : List.of(apiFte, rentedFte, ownedFte, apiBuild, rentedBuild, ownedBuild)) {
            field.addValueChangeListener(e -> changed());
        }
        billing.addValueChangeListener(e -> changed());
        spare.addValueChangeListener(e -> changed());
        lens.addValueChangeListener(e -> changed());
        ownership.fields.values().forEach(f -> f.addValueChangeListener(e -> changed()));
        show(null);
        sized(false);
    }

    /** Called after each change the user makes, not after {@link #show}. */
    void onChange(Runnable listener) {
        this.listener = listener;
    }

    /** The inputs a first switch-on proposes from: the request split by the input share, the days' hours, the utilization. */
    void proposeFrom(Supplier<ScenarioInputs> inputs) {
        this.proposalBasis = inputs;
    }

    /** Shown only in the sized mode; the article's tier prices one way. */
    void sized(boolean value) {
        sized = value;
        setVisible(value);
    }

    /** The choice as the fields hold it; null when off or not in the sized mode. */
    PathsChoice value() {
        if (!sized || !enabled.getValue()) {
            return null;
        }
        return new PathsChoice(
                number(inputTokens),
                number(outputTokens),
                share(cached),
                share(batch),
                number(activeHours),
                share(headroom),
                billing.getValue(),
                share(buffer),
                minimumReplicas.getValue() == null ? 0 : minimumReplicas.getValue(),
                spare.getValue(),
                number(fteCost),
                number(apiFte),
                number(rentedFte),
                number(ownedFte),
                number(apiBuild),
                number(rentedBuild),
                number(ownedBuild),
                lens.getValue(),
                ownership.value());
    }

    /** Puts a choice into the fields without treating that as the user's input. */
    void show(PathsChoice choice) {
        writing.run(() -> {
            enabled.setValue(choice != null);
            terms.setVisible(choice != null);
            if (choice != null) {
                fill(choice);
            }
        });
    }

    /** Where the server's problems with the three paths' fields show. */
    FieldProblems register(FieldProblems problems) {
        ownership.register(problems);
        return problems.field("paths", enabled)
                .field("inputTokensPerRequest", inputTokens)
                .field("outputTokensPerRequest", outputTokens)
                .field("cachedInputShare", cached)
                .field("batchShare", batch)
                .field("activeHoursPerMonth", activeHours)
                .field("headroom", headroom)
                .field("billing", billing)
                .field("runtimeBuffer", buffer)
                .field("minimumReplicas", minimumReplicas)
                .field("loadedMonthlyPerFte", fteCost)
                .field("apiOpsFte", apiFte)
                .field("rentedOpsFte", rentedFte)
                .field("ownedOpsFte", ownedFte)
                .field("apiImplementation", apiBuild)
                .field("rentedImplementation", rentedBuild)
                .field("ownedImplementation", ownedBuild)
                .field("lens", lens);
    }

    private void fill(PathsChoice c) {
        inputTokens.setValue(c.inputTokensPerRequest());
        outputTokens.setValue(c.outputTokensPerRequest());
        cached.setValue(percent(c.cachedInputShare()));
        batch.setValue(percent(c.batchShare()));
        activeHours.setValue(c.activeHoursPerMonth());
        headroom.setValue(percent(c.headroom()));
        billing.setValue(c.billing());
        buffer.setValue(percent(c.runtimeBuffer()));
        minimumReplicas.setValue(c.minimumReplicas());
        spare.setValue(c.spare());
        fteCost.setValue(c.loadedMonthlyPerFte());
        apiFte.setValue(c.apiOpsFte());
        rentedFte.setValue(c.rentedOpsFte());
        ownedFte.setValue(c.ownedOpsFte());
        apiBuild.setValue(c.apiImplementation());
        rentedBuild.setValue(c.rentedImplementation());
        ownedBuild.setValue(c.ownedImplementation());
        lens.setValue(c.lens());
        ownership.show(c.ownership());
    }

    /**
     * As the evaluate API defaults: 1,000 tokens a request split by the input share, every hour
     * of the days served (at most 730), headroom at the utilization, always on, one replica, no
     * people or one-offs, fully loaded.
     */
    private void propose() {
        ScenarioInputs in = proposalBasis.get();
        double share = in == null || !Double.isFinite(in.inputShare()) ? 0 : in.inputShare();
        double input = Math.rint(1000 * share);
        int days = in == null ? 30 : Math.max(1, in.daysPerMonth());
        double headroomShare = in == null || !Double.isFinite(in.utilization()) ? 0.8 : in.utilization();
        writing.run(() -> fill(new PathsChoice(
                input,
                1000 - input,
                0,
                0,
                Math.min(Load.HOURS_PER_MONTH, 24.0 * days),
                headroomShare,
                BillingMode.ALWAYS_ON,
                0,
                1,
                false,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                CostLens.FULLY_LOADED,
                null)));
    }

    private void changed() {
        if (!writing.active()) {
            listener.run();
        }
    }

    private static double number(NumberField field) {
        return field.getValue() == null ? Double.NaN : field.getValue();
    }

    private static double share(NumberField field) {
        return field.getValue() == null ? Double.NaN : field.getValue() / 100;
    }

    private static Double percent(double share) {
        return Double.isFinite(share) ? Math.round(share * 1e8) / 1e6 : null;
    }
}
