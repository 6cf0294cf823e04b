package app.breakeven.scenarios.ui;

import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.Tornado;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * What the uncertainty panel draws: a run's distributions (the headline, P10/P50/P90, the fan,
 * the chance month by month, the break-even volume and month across draws) and the tornados.
 * The panel decides when; this says what, from {@link UncertaintyCharts}.
 */
class UncertaintyResults extends Div {

    final H3 confidence = new H3();
    final Paragraph confidenceNote = new Paragraph();
    final Element table = new Element("table");
    final CostChart fan = new CostChart();
    final CostChart probability = new CostChart();
    final CostChart volumes = new CostChart();
    final CostChart months = new CostChart();
    final CostChart tornado = new CostChart();
    final CostChart tornadoBreakEven = new CostChart();
    final Paragraph neverBreaksEven = new Paragraph();
    final UnorderedList flips = new UnorderedList();
    private final Div breakEvenCard = new Div(new H4("What moves the break-even volume most"));
    /** The distributions, hidden until a run has finished. */
    private final Div distributions = new Div();
    /** The break-even volume is the quick model's; the three paths compare totals over the horizon. */
    private final Div volumesCard = StudioResults.card("Break-even volume across draws", volumes);

    UncertaintyResults() {
        confidence.setId("uncertainty-confidence");
        table.setAttribute("id", "uncertainty-percentiles");
        table.getClassList().add("percentiles");
        flips.setId("uncertainty-flips");
        fan.setId("uncertainty-fan");
        var percentiles = new Div(new H4("P10, P50 and P90 across the draws"));
        percentiles.addClassName("chart-card");
        percentiles.getElement().appendChild(table);
        distributions.add(
                confidence,
                confidenceNote,
                percentiles,
                StudioResults.card("Saved by self-hosting to date, P10 to P90", fan),
                StudioResults.card("Chance self-hosting is cheaper, month by month", probability),
                volumesCard,
                StudioResults.card("Month self-hosting gets cheaper across draws", months));
        var sensitivity = new Div(new H4("What moves the horizon saving most"), tornado, flips);
        sensitivity.addClassName("chart-card");
        breakEvenCard.add(tornadoBreakEven, neverBreaksEven);
        breakEvenCard.addClassName("chart-card");
        add(distributions, sensitivity, breakEvenCard);
        hideDistributions();
    }

    /**
     * A finished run's distributions.
     *
     * @param paths  whether the run was on the three paths, which have no break-even volume
     * @param months the horizon the run covered
     */
    void showDistributions(Simulation s, boolean paths, int months) {
        confidence.setText(UncertaintyCharts.confidence(s, months));
        confidenceNote.setText(UncertaintyCharts.confidenceNote(s, paths));
        fillTable(UncertaintyCharts.percentiles(s, paths));
        volumesCard.setVisible(!paths);
        fan.setSpec(UncertaintyCharts.fan(s, 260));
        probability.setSpec(UncertaintyCharts.probability(s, 220));
        volumes.setSpec(UncertaintyCharts.volumes(s, 220));
        this.months.setSpec(UncertaintyCharts.months(s, 220));
        distributions.setVisible(true);
    }

    void hideDistributions() {
        distributions.setVisible(false);
    }

    /** The tornados; the break-even volume's only off the three paths, which have none. */
    void showTornado(Tornado t, boolean paths) {
        tornado.setSpec(UncertaintyCharts.tornado(t, 220));
        flips.removeAll();
        UncertaintyCharts.flips(t).forEach(f -> flips.add(new ListItem(f)));
        var breakEven = UncertaintyCharts.tornadoBreakEven(t, 200);
        String ends = UncertaintyCharts.breakEvenEnds(t);
        breakEvenCard.setVisible(!paths && (breakEven != null || !ends.isEmpty()));
        tornadoBreakEven.setVisible(breakEven != null);
        if (breakEven != null) {
            tornadoBreakEven.setSpec(breakEven);
        }
        neverBreaksEven.setText(ends);
    }

    private void fillTable(List<List<String>> rows) {
        table.removeAllChildren();
        Element head = new Element("tr");
        for (String h : List.of("", "P10", "P50", "P90")) {
            head.appendChild(new Element("th").setText(h));
        }
        table.appendChild(head);
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            table.appendChild(tr);
        }
    }
}
