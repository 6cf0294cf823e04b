package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.PathsRouting;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.Routing;
import app.breakeven.scenarios.RoutingChoice;
import app.breakeven.scenarios.ScenarioInputs;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's cascade: every request goes to a cheap model first and a share escalates
 * to a bigger one (optionally a third). Shows the blended price, the monthly bill and the
 * saving against sending everything to the bigger model, by API and self-hosted.
 */
class RoutingPanel extends Div {

    final ComboBox<ModelPrice> cheap = new ComboBox<>("Cheap model (every request)");
    final ComboBox<ModelPrice> escalation = new ComboBox<>("Escalation model");
    final IntegerField rate = new IntegerField("Escalation rate (%)");
    final ComboBox<ModelPrice> third = new ComboBox<>("Third model (optional)");
    final IntegerField thirdRate = new IntegerField("Escalation to the third (%)");
    final Paragraph apiResult = new Paragraph();
    final Paragraph selfResult = new Paragraph();
    final Paragraph target = new Paragraph();
    /** The cascade on the three paths, when the scenario has them. */
    final Paragraph pathsResult = new Paragraph();

    private final Catalogue catalogue;
    private final ProgrammaticChange writing = new ProgrammaticChange();
    private Runnable onChange = () -> {};

    RoutingPanel(Catalogue catalogue) {
        this.catalogue = catalogue;
        setId("routing");
        addClassName("chart-card");
        for (var box : List.of(cheap, escalation, third)) {
            box.setItems(catalogue.models());
            box.setItemLabelGenerator(m -> m.getName() + " · "
                    + Formats.dollars(m.getOutputPerMillion().doubleValue()) + "/M");
            box.addValueChangeListener(e -> {
                if (!writing.active()) {
                    onChange.run();
                }
            });
        }
        cheap.setId("routing-cheap");
        escalation.setId("routing-escalation");
        rate.setId("routing-rate");
        third.setId("routing-third");
        third.setClearButtonVisible(true);
        thirdRate.setId("routing-third-rate");
        for (var field : List.of(rate, thirdRate)) {
            field.setMin(0);
            field.setMax(100);
            field.addValueChangeListener(e -> {
                if (!writing.active()) {
                    onChange.run();
                }
            });
        }
        catalogue.model("GLM-4-9B").ifPresent(cheap::setValue);
        catalogue.model("DeepSeek V4 Flash").ifPresent(escalation::setValue);
        rate.setValue(36);
        thirdRate.setValue(20);
        apiResult.setId("routing-api");
        selfResult.setId("routing-self-host");
        target.setId("routing-target");
        pathsResult.setId("routing-paths");
        var row = new Div(cheap, escalation, rate);
        row.addClassName("pair");
        var thirdRow = new Div(third, thirdRate);
        thirdRow.addClassName("pair");
        add(
                new H3("Routing: a cheap model first, escalate when unsure"),
                row,
                thirdRow,
                apiResult,
                selfResult,
                target,
                pathsResult);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Shows a saved cascade without treating that as the user's input. */
    void show(RoutingChoice choice) {
        writing.run(() -> {
            List<String> models = choice.models();
            List<Double> rates = choice.escalationRates();
            cheap.setValue(model(models, 0));
            escalation.setValue(model(models, 1));
            third.setValue(model(models, 2));
            rate.setValue(percent(rates, 0, 36));
            thirdRate.setValue(percent(rates, 1, 20));
        });
        clearProblems();
    }

    private ModelPrice model(List<String> models, int index) {
        return index < models.size() ? catalogue.model(models.get(index)).orElse(null) : null;
    }

    private static Integer percent(List<Double> rates, int index, int otherwise) {
        return index < rates.size() && rates.get(index) != null ? (int) Math.round(rates.get(index) * 100) : otherwise;
    }

    /** The cascade the fields hold: the third model only when one is chosen. */
    RoutingChoice read() {
        return new RoutingChoice(models(), rates());
    }

    private List<String> models() {
        List<String> models = new ArrayList<>();
        models.add(cheap.getValue() == null ? null : cheap.getValue().getName());
        models.add(escalation.getValue() == null ? null : escalation.getValue().getName());
        if (third.getValue() != null) {
            models.add(third.getValue().getName());
        }
        return models;
    }

    private List<Double> rates() {
        List<Double> rates = new ArrayList<>();
        rates.add(rate.getValue() == null ? null : rate.getValue() / 100.0);
        if (third.getValue() != null) {
            rates.add(thirdRate.getValue() == null ? null : thirdRate.getValue() / 100.0);
        }
        return rates;
    }

    /** Puts each problem beside its field: "models[1]" beside the escalation model, and so on. */
    void showProblems(List<InputProblem> problems) {
        clearProblems();
        for (InputProblem p : problems) {
            String field = p.field().startsWith("routing.") ? p.field().substring("routing.".length()) : p.field();
            HasValidation shown = switch (field) {
                case "models[0]" -> cheap;
                case "models[1]", "models" -> escalation;
                case "models[2]" -> third;
                case "escalationRates[1]" -> thirdRate;
                default -> rate;
            };
            shown.setErrorMessage(p.message());
            shown.setInvalid(true);
        }
    }

    private void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(cheap, escalation, third, rate, thirdRate)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** @param horizonMonths months each path's implementation is spread over */
    void update(ScenarioInputs inputs, int horizonMonths) {
        List<String> models = models();
        List<Double> rates = rates();
        var own = new RoutingChoice(models, rates).problems(catalogue);
        if (!own.isEmpty()) {
            showProblems(own);
            return;
        }
        Routing routing;
        try {
            routing = Planner.route(inputs, models, rates, catalogue);
        } catch (InvalidInputsException e) {
            showProblems(e.problems().stream()
                    .filter(p -> p.field().startsWith("models") || p.field().startsWith("escalationRates"))
                    .toList());
            return;
        }
        clearProblems();
        var r = routing.result();
        String last = models.getLast();
        apiResult.setText("By API: " + Formats.dollars(r.blendedPerMillion()) + " per 1M tokens blended, "
                + Formats.dollars(r.apiMonthly()) + " a month against " + Formats.dollars(r.apiMonthlyAllToLast())
                + " with everything on " + last + ": " + savings(r.apiSavingsShare()) + ".");
        selfResult.setText("Self-hosted (" + String.join(", ", routing.tiers()) + "): "
                + Formats.dollars(r.selfHostMonthly()) + " a month (mid, each model on its own GPUs) against "
                + Formats.dollars(r.selfHostMonthlyAllToLast()) + " with everything on " + last + ": "
                + savings(r.selfHostSavingsShare()) + ".");
        showPaths(inputs, models, rates, horizonMonths);
        target.setText(
                Double.isNaN(routing.rateForArticleCut())
                        ? "No escalation rate gives the article's 60% cut with these two models."
                        : "Escalating " + Formats.percent(routing.rateForArticleCut())
                                + " of requests gives the article's 60% cut.");
    }

    private void showPaths(ScenarioInputs inputs, List<String> models, List<Double> rates, int horizonMonths) {
        pathsResult.setVisible(inputs.threePaths());
        if (!inputs.threePaths()) {
            return;
        }
        PathsRouting r;
        try {
            r = PathsRouting.route(inputs, models, rates, catalogue, horizonMonths);
        } catch (InvalidInputsException e) {
            pathsResult.setText("On the three paths: " + e.getMessage());
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(path("API", r.api()));
        parts.add(path("rented", r.rented()));
        parts.add(path("owned", r.owned()));
        String notes = r.notes().isEmpty() ? "" : " Not priced: " + String.join("; ", r.notes()) + ".";
        pathsResult.setText("On the three paths (each model sized on the scenario's GPU, the path's people"
                + " counted once): " + String.join("; ", parts) + "." + notes);
    }

    private static String path(String name, PathsRouting.Total t) {
        if (t.cascade().isEmpty() || t.allToLast().isEmpty()) {
            return name + " not priced";
        }
        return name + " " + Formats.dollars(t.cascade().get()) + " a month against "
                + Formats.dollars(t.allToLast().get())
                + t.saving().map(s -> ", " + savings(s)).orElse("");
    }

    private static String savings(double share) {
        return share >= 0 ? "saves " + Formats.percent(share) : "costs " + Formats.percent(-share) + " more";
    }
}
