package app.breakeven.scenarios.ui;

import static app.breakeven.scenarios.ui.StudioText.*;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.Growth;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.scenarios.CostLine;
import app.breakeven.scenarios.Decisions;
import app.breakeven.scenarios.PathsPlan;
import app.breakeven.scenarios.Projection;
import app.breakeven.scenarios.ScenarioDetails;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/** The studio's figures for one projection: headlines, the monthly, cumulative and breakdown charts, the decision. */
class StudioResults {

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
    final Pre formulas = new Pre();
    final Span sources = new Span();
    final PathsResults paths = new PathsResults();

    Div headlines() {
        var headlines = new Div(apiHeadline, selfHeadline, cheaperHeadline, hybridHeadline, paybackHeadline);
        headlines.addClassName("headlines");
        return headlines;
    }

    Div decision() {
        recommendation.setId("recommendation");
        var decision = new Div(new H2(DECISION), recommendation, reasons, new H3(ROI), roi);
        decision.setId("decision");
        decision.addClassName("decision");
        return decision;
    }

    /** "How this is computed": the hardware's mode and arithmetic, the formulas and the sources. */
    Details how() {
        sources.addClassName("source");
        var how = new Details(DashboardText.HOW_COMPUTED, new Div(formulas, paths.lines, sources));
        how.setId("studio-how-computed");
        how.addClassName("how-computed");
        return how;
    }

    static Div card(String title, CostChart chart) {
        var card = new Div(new H3(title), chart);
        card.addClassName("chart-card");
        chart.setTitle(title);
        return card;
    }

    /** @param pathsPlan the three paths at the volume; null when the scenario is priced the article's way alone */
    void show(
            Projection projection,
            ScenarioDetails draft,
            Catalogue catalogue,
            PathsPlan pathsPlan,
            PathsGrowth pathsGrowth) {
        paths.show(pathsPlan, pathsGrowth);
        var e = projection.plan().evaluation();
        Growth g = projection.growth();
        apiHeadline.show(Formats.dollars(e.apiMonthly()), DashboardText.apiNote(e));
        selfHeadline.show(
                Formats.dollarRange(
                        e.selfHostMonthly().low(), e.selfHostMonthly().high()),
                DashboardText.differsFromArticle(projection.plan())
                        ? DashboardText.deploymentsNote(
                                projection.plan(), HardwareText.deployment(projection.plan(), catalogue))
                        : DashboardText.deployments(
                                e.deployments(), HardwareText.deployment(projection.plan(), catalogue)));
        cheaperHeadline.show(month(g.firstSelfHostCheaperMonth()), "mid of the self-host range");
        String loss = Decisions.hybridLoss(g);
        hybridHeadline.show(
                StudioText.hybridMove(g),
                loss != null
                        ? "Moving at the rule's threshold costs more than staying on the API: "
                                + Formats.dollars(g.hybridOverApi())
                                + " more over " + g.months() + " months"
                        : StudioText.rule(
                                draft.hybrid().months(), draft.hybrid().threshold()));
        hybridHeadline.getElement().getClassList().set("loss", loss != null);
        paybackHeadline.show(
                StudioText.payback(g.hybridSwitchMonth(), g.paybackMonth()),
                g.hybridSwitchMonth() < 0
                        ? StudioText.NO_MOVE
                        : g.paybackMonth() < 0
                                ? StudioText.NO_PAYBACK
                                : "migration " + Formats.dollars(draft.hybrid().migrationCost())
                                        + " recovered against staying on the API");
        monthlyChart.setSpec(ScenarioCharts.monthly(g, 320));
        cumulativeChart.setSpec(ScenarioCharts.cumulative(g, 320));
        if (pathsGrowth != null) {
            showOverTime(pathsGrowth, draft);
        }
        breakdownChart.setSpec(breakdownSpec(projection.breakdown()));
        roi.setText(StudioText.roi(projection.roi()));
        formulas.setText(HardwareText.arithmetic(projection.plan()) + "\n"
                + DashboardText.formulas(projection.plan().profile(), e, true));
        sources.setText(HardwareText.sources(projection.plan(), catalogue));
        recommendation.setText(projection.decision().recommendation().label());
        reasons.removeAll();
        projection.decision().reasons().forEach(reason -> reasons.add(new ListItem(reason)));
    }

    /** The three paths take over the growth headlines and charts: cumulative cost, the hybrid to rented or owned. */
    private void showOverTime(PathsGrowth g, ScenarioDetails draft) {
        int rented = Double.isNaN(g.rented()[0]) ? -1 : g.firstCumulativeBelowApi(g.rented());
        int owned = g.ownedFleet() < 0 ? -1 : g.firstCumulativeBelowApi(g.owned());
        int first = rented < 0 ? owned : owned < 0 ? rented : Math.min(rented, owned);
        cheaperHeadline.show(
                month(first),
                "to date: rented " + month(rented).toLowerCase() + ", owned "
                        + month(owned).toLowerCase());
        PathsOverTime.betterHybrid(g).ifPresent(t -> {
            hybridHeadline.show(
                    t.move().month() < 0 ? NEVER_MOVES : month(t.move().month()),
                    "to " + t.path() + "; "
                            + StudioText.rule(
                                    draft.hybrid().months(), draft.hybrid().threshold()));
            paybackHeadline.show(
                    StudioText.payback(t.move().month(), t.move().payback()),
                    t.move().month() < 0
                            ? StudioText.NO_MOVE
                            : t.move().payback() < 0
                                    ? PathsOverTime.hybrid(t, g)
                                    : "migration "
                                            + Formats.dollars(draft.hybrid().migrationCost())
                                            + " recovered against staying on the API");
        });
        monthlyChart.setSpec(PathsOverTime.monthly(g, 320));
        cumulativeChart.setSpec(PathsOverTime.cumulative(g, 320));
    }

    private static ChartSpec breakdownSpec(List<CostLine> lines) {
        String[] palette = {"#e8590c", "#1676f3", "#2b8a3e", "#ae3ec9", "#f59f00", "#0ca678", "#868e96"};
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            series.add(new Series(
                    line.name() + " " + Formats.dollarRange(line.low(), line.high()),
                    SeriesType.BAR,
                    palette[i % palette.length],
                    false,
                    new double[][] {{0, line.mid()}}));
        }
        return ChartSpec.categorical(
                null, 220, List.of("This month"), new ValueAxis("", Format.DOLLARS, null, null), series, true, true);
    }
}
