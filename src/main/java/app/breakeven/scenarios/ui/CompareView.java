package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.MainLayout;
import app.breakeven.base.ui.chart.ChartSpec;
import app.breakeven.base.ui.chart.ChartSpec.Axis;
import app.breakeven.base.ui.chart.ChartSpec.Format;
import app.breakeven.base.ui.chart.ChartSpec.Series;
import app.breakeven.base.ui.chart.ChartSpec.SeriesType;
import app.breakeven.base.ui.chart.ChartSpec.ValueAxis;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.Growth;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.Projection;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ScenarioSummary;
import app.breakeven.scenarios.Uncertainty;
import app.breakeven.scenarios.UncertaintyChoice;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Two to four saved scenarios side by side: one table, one overlaid chart. */
@PermitAll
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare · Breakeven")
public class CompareView extends Div implements BeforeEnterObserver {

    static final int MAX_SCENARIOS = 4;
    static final String PICK_TWO_TO_FOUR = "Pick 2 to 4 scenarios to compare";
    private final Div chartCard = new Div();
    private static final String[] COLORS = {"#1676f3", "#e8590c", "#2b8a3e", "#ae3ec9"};

    private final ScenarioService scenarios;
    private final Catalogue catalogue;
    private final List<ScenarioSummary> all;

    final MultiSelectComboBox<ScenarioSummary> pick = new MultiSelectComboBox<>("Scenarios (2 to 4)");
    final Grid<Row> table = new Grid<>();
    final CostChart chart = new CostChart();

    /** One figure across the compared scenarios. */
    record Row(String figure, List<String> values) {}

    public CompareView(ScenarioService scenarios, CatalogueService catalogueService) {
        this.scenarios = scenarios;
        this.catalogue = catalogueService.catalogue();
        this.all = scenarios.list();
        addClassName("dashboard");
        pick.setId("compare-pick");
        pick.setItems(all);
        pick.setItemLabelGenerator(ScenarioSummary::name);
        pick.setWidth("40em");
        pick.addValueChangeListener(e -> {
            if (e.getValue().size() > MAX_SCENARIOS) {
                pick.setErrorMessage(PICK_TWO_TO_FOUR);
                pick.setInvalid(true);
                return;
            }
            if (e.getValue().size() < 2) {
                refuse();
                return;
            }
            pick.setInvalid(false);
            render(new ArrayList<>(e.getValue()));
        });
        table.setId("compare-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        chartCard.add(
                new H3("Monthly cost over the horizon"),
                chart,
                new Paragraph("Each scenario has its own colour: its API cost is the solid line,"
                        + " its self-host cost (mid of the range) the dashed line."));
        chartCard.addClassName("chart-card");
        chart.setTitle("Monthly cost over the horizon");
        CostChart.nameScenario(this, "Comparison");
        add(new H2("Compare scenarios"), pick, table, chartCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Set<Long> ids = new LinkedHashSet<>();
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("ids")
                .ifPresent(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .forEach(ids::add));
        Set<ScenarioSummary> chosen = new LinkedHashSet<>();
        all.stream().filter(s -> ids.contains(s.id())).limit(MAX_SCENARIOS).forEach(chosen::add);
        boolean asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("ids")
                .isPresent();
        if (asked && chosen.size() < 2) {
            // A link naming fewer than two scenarios this account can open compares nothing.
            pick.setValue(chosen);
            refuse();
            return;
        }
        if (chosen.isEmpty()) {
            all.stream().limit(2).forEach(chosen::add);
        }
        pick.setValue(chosen);
    }

    /** Fewer than two scenarios: the message, and no table or chart of one scenario "compared". */
    private void refuse() {
        pick.setErrorMessage(PICK_TWO_TO_FOUR);
        pick.setInvalid(true);
        table.setItems(List.of());
        table.removeAllColumns();
        chartCard.setVisible(false);
    }

    private void render(List<ScenarioSummary> chosen) {
        chartCard.setVisible(true);
        List<Projection> projections = chosen.stream()
                .map(s -> scenarios.find(s.id()).orElseThrow())
                .map(d -> Planner.project(d, catalogue))
                .toList();
        table.removeAllColumns();
        // The figures' names wrap in a column of their own width, so on a phone the scenarios' values show beside them.
        table.addColumn(Row::figure)
                .setHeader("")
                .setWidth("13em")
                .setFlexGrow(0)
                .setFrozen(true);
        for (int i = 0; i < projections.size(); i++) {
            int index = i;
            table.addColumn(row -> row.values().get(index))
                    .setHeader(projections.get(i).details().name())
                    .setAutoWidth(true);
        }
        List<Row> rows = new ArrayList<>(rows(projections));
        rows.addAll(uncertaintyRows(projections));
        table.setItems(rows);
        chart.setSpec(chartSpec(projections));
    }

    /**
     * Each scenario simulated with the first one's draws and seed (common random numbers: an
     * input the scenarios share gets the same draws, so their difference is not noise).
     */
    private List<Row> uncertaintyRows(List<Projection> ps) {
        if (ps.isEmpty()) {
            return List.of();
        }
        UncertaintyChoice common = ps.getFirst().details().uncertainty();
        List<Simulation> runs = new ArrayList<>();
        for (Projection p : ps) {
            UncertaintyChoice own = p.details().uncertainty().withRun(common.draws(), common.seed());
            runs.add(Uncertainty.simulate(Uncertainty.model(p.details(), catalogue), own));
        }
        String same = " (" + String.format(java.util.Locale.ROOT, "%,d", common.draws()) + " draws, seed "
                + common.seed() + " for all)";
        return List.of(
                new Row(
                        "Self-hosting wins the horizon" + same,
                        runs.stream()
                                .map(s -> Formats.percent(s.probabilitySelfHostWins()) + " of draws")
                                .toList()),
                new Row(
                        "Horizon saving P10 / P50 / P90",
                        runs.stream()
                                .map(s -> Formats.dollars(s.horizonSaving().p10()) + " / "
                                        + Formats.dollars(s.horizonSaving().p50()) + " / "
                                        + Formats.dollars(s.horizonSaving().p90()))
                                .toList()));
    }

    private static List<Row> rows(List<Projection> ps) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(
                ps, "Tokens per day", p -> Formats.tokens(p.details().inputs().tokensPerDay())));
        rows.add(row(ps, "Model", p -> p.details().inputs().model()));
        rows.add(row(
                ps,
                "GPU tier",
                p -> p.details().inputs().tier() + ", "
                        + DashboardText.deployment(p.details().inputs().deployment())));
        rows.add(row(
                ps,
                "Growth per month",
                p -> Formats.percent(p.details().growth().perMonth())));
        rows.add(row(
                ps, "API this month", p -> Formats.dollars(p.plan().evaluation().apiMonthly())));
        rows.add(row(
                ps,
                "Self-host this month",
                p -> Formats.dollarRange(
                        p.plan().evaluation().selfHostMonthly().low(),
                        p.plan().evaluation().selfHostMonthly().high())));
        rows.add(row(
                ps,
                "Verdict now",
                p -> DashboardText.verdict(p.plan().evaluation().verdict())));
        rows.add(row(
                ps, "Self-host cheaper from", p -> StudioText.month(p.growth().firstSelfHostCheaperMonth())));
        rows.add(row(ps, "Hybrid moves in", p -> StudioText.hybridMove(p.growth())));
        rows.add(row(
                ps,
                "Migration paid back",
                p -> StudioText.payback(
                        p.growth().hybridSwitchMonth(), p.growth().paybackMonth())));
        rows.add(row(ps, "API over the horizon", p -> overHorizon(p, p.growth().apiCumulative())));
        rows.add(row(
                ps, "Self-host over the horizon", p -> overHorizon(p, p.growth().selfHostCumulative())));
        rows.add(row(
                ps, "Hybrid over the horizon", p -> overHorizon(p, p.growth().hybridCumulative())));
        rows.add(row(ps, "Recommendation", p -> p.decision().recommendation().label()));
        rows.add(row(ps, "Routing", p -> p.details().routing().describe()));
        return rows;
    }

    private static Row row(List<Projection> ps, String figure, Function<Projection, String> value) {
        return new Row(figure, ps.stream().map(value).toList());
    }

    /** "$1.2M over 36 months": each scenario's own horizon beside its total. */
    private static String overHorizon(Projection p, double[] cumulative) {
        return Formats.dollars(last(cumulative)) + " over " + p.growth().months() + " months";
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private static ChartSpec chartSpec(List<Projection> ps) {
        List<Series> series = new ArrayList<>();
        int months = 1;
        for (int i = 0; i < ps.size(); i++) {
            Growth g = ps.get(i).growth();
            months = Math.max(months, g.months());
            double[][] api = new double[g.months()][];
            double[][] self = new double[g.months()][];
            for (int m = 0; m < g.months(); m++) {
                api[m] = new double[] {m + 1, g.apiMonthly()[m]};
                self[m] = new double[] {m + 1, g.selfHostMonthly()[m]};
            }
            String name = ps.get(i).details().name();
            series.add(new Series(name + ": API (solid)", SeriesType.LINE, COLORS[i % COLORS.length], false, api));
            series.add(
                    new Series(name + ": self-host (dashed)", SeriesType.LINE, COLORS[i % COLORS.length], true, self));
        }
        return new ChartSpec(
                null,
                360,
                new Axis("Month", Format.MONTH, 1.0, (double) months),
                new ValueAxis("Dollars per month", Format.DOLLARS, null, null),
                series,
                List.of());
    }
}
