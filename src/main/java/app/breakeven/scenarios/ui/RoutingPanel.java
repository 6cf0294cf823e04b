package app.breakeven.scenarios.ui;

import app.breakeven.base.ui.Formats;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.PathsRouting;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.Routing;
import app.breakeven.scenarios.ScenarioInputs;
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
    private Runnable onChange = () -> {};

    RoutingPanel(Catalogue catalogue) {
        this.catalogue = catalogue;
        setId("routing");
        addClassName("chart-card");
        for (var box : List.of(cheap, escalation, third)) {
            box.setItems(catalogue.models());
            box.setItemLabelGenerator(m -> m.getName() + " · "
                    + Formats.dollars(m.getOutputPerMillion().doubleValue()) + "/M");
            box.addValueChangeListener(e -> onChange.run());
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
            field.addValueChangeListener(e -> onChange.run());
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

    /** @param horizonMonths months each path's implementation is spread over */
    void update(ScenarioInputs inputs, int horizonMonths) {
        List<String> models = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        models.add(cheap.getValue() == null ? null : cheap.getValue().getName());
        models.add(escalation.getValue() == null ? null : escalation.getValue().getName());
        rates.add(rate.getValue() == null ? null : rate.getValue() / 100.0);
        if (third.getValue() != null) {
            models.add(third.getValue().getName());
            rates.add(thirdRate.getValue() == null ? null : thirdRate.getValue() / 100.0);
        }
        Routing routing;
        try {
            routing = Planner.route(inputs, models, rates, catalogue);
        } catch (InvalidInputsException e) {
            e.problems().forEach(p -> {
                var field = p.field().startsWith("escalationRates[1")
                        ? thirdRate
                        : p.field().startsWith("escalationRates") ? rate : null;
                if (field != null) {
                    field.setErrorMessage(p.message());
                    field.setInvalid(true);
                }
            });
            return;
        }
        rate.setInvalid(false);
        thirdRate.setInvalid(false);
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
