package app.breakeven.sharing.ui;

import app.breakeven.base.Csv;
import app.breakeven.base.Formats;
import app.breakeven.base.Percent;
import app.breakeven.base.ui.InputChange;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.costs.BreakEven;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.scenarios.InvalidInputsException;
import app.breakeven.scenarios.PathsPlan;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.Projection;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.SimulationRunner;
import app.breakeven.scenarios.ThreePaths;
import app.breakeven.scenarios.Uncertainty;
import app.breakeven.scenarios.ui.DashboardText;
import app.breakeven.scenarios.ui.Headline;
import app.breakeven.scenarios.ui.PathsOverTime;
import app.breakeven.scenarios.ui.PathsResults;
import app.breakeven.scenarios.ui.ScenarioCharts;
import app.breakeven.scenarios.ui.StudioText;
import app.breakeven.scenarios.ui.UncertaintyPanel;
import app.breakeven.scenarios.ui.VolumeInput;
import app.breakeven.sharing.SharedScenario;
import app.breakeven.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A board's view of a shared scenario: large figures and the charts, nothing to edit.
 * Viewers may try other volumes and growth; nothing they do is saved. An unknown,
 * expired or revoked link shows the same plain page.
 */
@Route(value = "shared", autoLayout = false)
@AnonymousAllowed
@PageTitle("Breakeven")
public class SharedScenarioView extends Div implements HasUrlParameter<String> {

    static final String NOT_AVAILABLE = "This link is not available.";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final SharingService sharing;
    private SharedScenario shared;
    private ScenarioDetails whatIf;
    final Paragraph printedInputs = new Paragraph();
    /** The scenario's cascade, as saved (or frozen) with it, priced at the volume shown. */
    final Paragraph routing = new Paragraph();

    private Projection lastProjection;
    private PathsPlan lastPaths;
    private PathsGrowth lastGrowth;

    final VolumeInput volume = new VolumeInput("What if: tokens per day");
    final NumberField growth = new NumberField("What if: growth per month (%)");
    final Headline api = new Headline("shared-api", DashboardText.API_CAPTION, "api");
    final Headline selfHost = new Headline("shared-self-host", DashboardText.SELF_CAPTION_FULL, "self");
    final Headline verdict = new Headline("shared-verdict", DashboardText.VERDICT_CAPTION, "verdict");
    final Headline breakEven = new Headline("shared-break-even", DashboardText.BREAK_EVEN_CAPTION, "");
    final Headline recommendation = new Headline("shared-recommendation", StudioText.DECISION, "");
    final CostChart volumeChart = new CostChart();
    final CostChart monthlyChart = new CostChart();
    final CostChart cumulativeChart = new CostChart();
    /** The three paths (API, rented, owned) when the scenario is sized for them; hidden otherwise. */
    final PathsResults paths = new PathsResults();

    /** The scenario's distributions and tornado from its ranges as shared; read only. */
    final UncertaintyPanel uncertainty;

    public SharedScenarioView(SharingService sharing, SimulationRunner runner) {
        this.sharing = sharing;
        this.uncertainty = new UncertaintyPanel(runner, false);
        addClassName("dashboard");
        addClassName("presentation");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        shared = sharing.open(token).orElse(null);
        if (shared == null) {
            var gone = new Div(new H1(NOT_AVAILABLE), new Paragraph("Ask whoever shared it with you for a new link."));
            gone.setId("not-available");
            add(gone);
            return;
        }
        whatIf = shared.details();
        ScenarioDetails d = shared.details();
        var title = new H1(d.name());
        CostChart.nameScenario(this, d.name());
        var basis = new Paragraph((shared.frozen()
                        ? "Frozen: the scenario and catalogue prices as they were on " + DAY.format(shared.sharedAt())
                        : "Live: today's catalogue prices; shared on " + DAY.format(shared.sharedAt()))
                + ". What you try here is not saved.");
        basis.setId("shared-basis");
        volume.show(d.inputs().tokensPerDay());
        volume.onVolume(v -> update(whatIf.withInputs(whatIf.inputs().withTokensPerDay(v))));
        growth.setId("shared-growth");
        growth.setValue(Percent.of(d.growth().perMonth()));
        growth.addValueChangeListener(e -> {
            if (e.getValue() == null || !(e.getValue() > -100 && e.getValue() <= 1000)) {
                growth.setErrorMessage("Enter a growth from above -100% to 1,000% a month");
                growth.setInvalid(true);
                return;
            }
            growth.setInvalid(false);
            update(whatIf.withGrowth(
                    Percent.share(e.getValue()), whatIf.growth().horizonMonths()));
        });
        var controls = new Div(volume, growth);
        controls.addClassName("pair");
        // On paper the fields give way to their values in words.
        controls.addClassName("no-print");
        printedInputs.setId("shared-printed-inputs");
        routing.setId("shared-routing");
        printedInputs.addClassName("print-only");
        var headlines = new Div(api, selfHost, verdict, breakEven, recommendation);
        headlines.addClassName("headlines");
        var csv = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = figures().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "breakeven-figures.csv", "text/csv", bytes.length);
                }),
                "Figures as CSV");
        csv.getElement().setAttribute("download", true);
        csv.setId("shared-csv");
        var print = new Button(
                "Print or save as PDF",
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        var actions = new Div(csv, print);
        actions.addClassName("table-bar");
        actions.addClassName("no-print");
        add(
                title,
                basis,
                controls,
                printedInputs,
                headlines,
                paths,
                card("Cost against volume", volumeChart),
                card(StudioText.MONTHLY_CHART, monthlyChart),
                card(StudioText.CUMULATIVE_CHART, cumulativeChart),
                routing,
                uncertainty,
                actions);
        update(whatIf);
    }

    private static Div card(String title, CostChart chart) {
        var card = new Div(new H3(title), chart);
        card.addClassName("chart-card");
        chart.setTitle(title);
        return card;
    }

    private void update(ScenarioDetails candidate) {
        try (var change = InputChange.on("board")) {
            Projection p;
            PathsPlan pathsPlan;
            List<Factor> uncertain;
            try {
                p = Planner.project(candidate, shared.catalogue());
                uncertain = Uncertainty.factors(candidate, p.plan(), shared.catalogue());
                // A frozen link's catalogue carries the offers and ownership assumptions as shared.
                pathsPlan = candidate.inputs().threePaths()
                        ? ThreePaths.plan(
                                candidate.plannedInputs(),
                                shared.catalogue(),
                                candidate.growth().horizonMonths())
                        : null;
            } catch (InvalidInputsException e) {
                volume.showError(e.getMessage());
                change.refused();
                return;
            }
            whatIf = candidate;
            printedInputs.setText(
                    "Inputs: " + Formats.tokens(candidate.inputs().tokensPerDay()) + " tokens a day, growing "
                            + Formats.percent(candidate.growth().perMonth()) + " a month over "
                            + candidate.growth().horizonMonths() + " months"
                            + (basis().equals("as shared") ? "." : " (what-if values tried on this page, not saved)."));
            routing.setText(routingText(candidate));
            var e = p.plan().evaluation();
            api.show(Formats.dollars(e.apiMonthly()), DashboardText.apiNote(e));
            selfHost.show(
                    Formats.dollarRange(
                            e.selfHostMonthly().low(), e.selfHostMonthly().high()),
                    DashboardText.differsFromArticle(p.plan())
                            ? DashboardText.deploymentsNote(p.plan()) + " ("
                                    + DashboardText.deployment(
                                                    p.plan().profile().deployment())
                                            .toLowerCase()
                                    + ")"
                            : DashboardText.deployments(
                                    e.deployments(),
                                    p.plan().profile().tier().label() + ", "
                                            + DashboardText.deployment(
                                                            p.plan().profile().deployment())
                                                    .toLowerCase()));
            verdict.show(DashboardText.verdict(e.verdict()), DashboardText.verdictNote(e.verdict()));
            breakEven.show(DashboardText.breakEven(e.breakEven()), DashboardText.breakEvenNote(e.breakEven()));
            recommendation.show(
                    p.decision().recommendation().label(),
                    p.decision().reasons().isEmpty()
                            ? ""
                            : p.decision().reasons().getFirst());
            volumeChart.setSpec(ScenarioCharts.costVersusVolume(p.plan(), true, 360));
            PathsGrowth pathsGrowth = pathsPlan == null ? null : ThreePaths.grow(pathsPlan, candidate);
            monthlyChart.setSpec(
                    pathsGrowth == null
                            ? ScenarioCharts.monthly(p.growth(), 300)
                            : PathsOverTime.monthly(pathsGrowth, 300));
            cumulativeChart.setSpec(
                    pathsGrowth == null
                            ? ScenarioCharts.cumulative(p.growth(), 300)
                            : PathsOverTime.cumulative(pathsGrowth, 300));
            paths.show(pathsPlan, pathsGrowth);
            PathsPlan priced = pathsPlan;
            uncertainty.show(
                    uncertain,
                    () -> Uncertainty.model(candidate, uncertain, priced, pathsGrowth, shared.catalogue()),
                    candidate.uncertainty(),
                    candidate.growth().horizonMonths());
            lastProjection = p;
            lastPaths = pathsPlan;
            lastGrowth = pathsGrowth;
        }
    }

    /**
     * The headline figures, the month-by-month projection and, when the scenario has them,
     * the three paths' lines and crossovers, for a board's spreadsheet; names are written as
     * text a spreadsheet will not run.
     */
    String figures() {
        Projection p = lastProjection;
        var e = p.plan().evaluation();
        var g = p.growth();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("figure", "value"));
        rows.add(List.of("scenario", whatIf.name()));
        rows.add(List.of("basis", basis()));
        rows.add(List.of("tokens_per_day", String.valueOf(Math.round(e.tokensPerDay()))));
        rows.add(List.of("model", whatIf.inputs().model()));
        rows.add(List.of("tier", whatIf.inputs().tier()));
        rows.add(List.of("api_monthly", cents(e.apiMonthly())));
        rows.add(List.of("self_host_monthly_low", cents(e.selfHostMonthly().low())));
        rows.add(List.of("self_host_monthly_high", cents(e.selfHostMonthly().high())));
        rows.add(List.of("deployments", String.valueOf(e.deployments())));
        rows.add(List.of(
                "break_even_tokens_per_day_mid",
                BreakEven.reached(e.breakEven().mid())
                        ? String.valueOf(Math.round(e.breakEven().mid()))
                        : "not reached"));
        rows.add(List.of("recommendation", p.decision().recommendation().label()));
        rows.add(List.of());
        rows.add(List.of(
                "month",
                "tokens_per_day",
                "api",
                "self_host_mid",
                "hybrid",
                "api_cumulative",
                "self_host_cumulative",
                "hybrid_cumulative"));
        for (int m = 0; m < g.months(); m++) {
            rows.add(List.of(
                    String.valueOf(m + 1),
                    String.valueOf(Math.round(g.tokensPerDay()[m])),
                    cents(g.apiMonthly()[m]),
                    cents(g.selfHostMonthly()[m]),
                    cents(g.hybridMonthly()[m]),
                    cents(g.apiCumulative()[m]),
                    cents(g.selfHostCumulative()[m]),
                    cents(g.hybridCumulative()[m])));
        }
        rows.addAll(PathsFigures.rows(lastPaths));
        rows.addAll(PathsFigures.months(lastPaths, lastGrowth));
        return Csv.write(rows);
    }

    /** "Routing: GLM-4-9B, 36% escalated to DeepSeek V4 Flash: $150 a month by API against $375 ...". */
    private String routingText(ScenarioDetails d) {
        var choice = d.routing();
        try {
            var r = Planner.route(d.plannedInputs(), choice.models(), choice.escalationRates(), shared.catalogue())
                    .result();
            return "Routing: " + choice.describe() + ". By API " + Formats.dollars(r.apiMonthly()) + " a month against "
                    + Formats.dollars(r.apiMonthlyAllToLast()) + " with everything on "
                    + choice.models().getLast()
                    + ".";
        } catch (app.breakeven.scenarios.InvalidInputsException ex) {
            return "Routing: " + choice.describe() + " (not priced: " + ex.getMessage() + ").";
        }
    }

    /** "as shared", or which inputs are what-ifs tried here and not saved; every figure follows them. */
    String basis() {
        ScenarioDetails asShared = shared.details();
        List<String> tried = new ArrayList<>();
        if (whatIf.inputs().tokensPerDay() != asShared.inputs().tokensPerDay()) {
            tried.add("tokens_per_day " + Math.round(whatIf.inputs().tokensPerDay()));
        }
        if (whatIf.growth().perMonth() != asShared.growth().perMonth()) {
            tried.add("growth_per_month " + whatIf.growth().perMonth());
        }
        return tried.isEmpty()
                ? "as shared"
                : "what-if, not saved: " + String.join("; ", tried) + " (every figure below follows it)";
    }

    private static String cents(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
