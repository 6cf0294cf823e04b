package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.chart.CostChart;
import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.PathCost;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.scenarios.PathsPlan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three paths at the scenario's volume: a card each (API, rented with its chosen offer,
 * owned with its chosen offer), where the paths cross, the chart by volume and, for "How this
 * is computed", every line with its formula, source and as-of. Hidden when the scenario is
 * priced the article's way alone. Public for the board link, which shows the same cards.
 */
public class PathsResults extends Div {

    static final String TITLE = "Three paths (API, rented, owned)";
    static final String CHART = "Three paths by volume";
    static final String NO_OFFER = "no eligible offer";
    /** Months the one-offs are spread over until a scenario with its own growth horizon is loaded, as the evaluate API. */
    static final int DEFAULT_HORIZON_MONTHS = 36;

    /** The three paths' lines, shown in "How this is computed". */
    final Pre lines = new Pre();
    /** The cards, lists and chart, built the first time a plan shows. */
    private Parts parts;

    /**
     * The section's cards, lists and chart. Most scenarios never show them (the article's tiers
     * price one way), and components built but hidden stay in every session's memory with the
     * changes the browser has not been sent: about 40 state nodes for a dashboard session.
     */
    static final class Parts extends Div {
        final Headline api = new Headline("path-api", "API", "api");
        final Headline rented = new Headline("path-rented", "Rented", "self");
        final Headline owned = new Headline("path-owned", "Owned", "owned");
        final UnorderedList crossovers = new UnorderedList();
        final UnorderedList switches = new UnorderedList();
        /** The paths over the horizon in words; empty where the view has no growth (the dashboard). */
        final UnorderedList overTime = new UnorderedList();

        final CostChart chart = new CostChart();

        private Parts() {
            crossovers.setId("path-crossovers");
            switches.setId("path-switches");
            overTime.setId("path-over-time");
            var cards = new Div(api, rented, owned);
            cards.addClassName("headlines");
            var chartCard = new Div(new H3(CHART), chart);
            chartCard.addClassName("chart-card");
            chart.setTitle(CHART);
            add(new H3(TITLE), cards, crossovers, switches, overTime, chartCard);
        }

        /** Empties the lists, which the next plan fills again. */
        private void clear() {
            crossovers.removeAll();
            switches.removeAll();
            overTime.removeAll();
        }
    }

    public PathsResults() {
        setId("three-paths");
        addClassName("three-paths");
        lines.setId("path-lines");
        show(null);
    }

    /** The cards, lists and chart; built on first use. */
    Parts parts() {
        if (parts == null) {
            parts = new Parts();
            add(parts);
        }
        return parts;
    }

    /** Shows the plan at one volume; null hides the section and empties its lines. */
    public void show(PathsPlan plan) {
        show(plan, null);
    }

    /**
     * Shows the plan and, when {@code growth} is not null, the paths over the horizon in words.
     * A null plan hides the section and empties its lines.
     */
    public void show(PathsPlan plan, PathsGrowth growth) {
        setVisible(plan != null);
        lines.setVisible(plan != null);
        if (plan == null) {
            lines.setText("");
            if (parts != null) {
                parts.clear();
            }
            return;
        }
        Parts p = parts();
        p.clear();
        p.overTime.setVisible(growth != null);
        if (growth != null) {
            PathsOverTime.summary(growth, plan).forEach(s -> p.overTime.add(new ListItem(s)));
        }
        int days = plan.inputs().daysPerMonth();
        String lens = plan.api().lens().label();
        p.api.show(
                Formats.dollars(plan.api().monthly()),
                "a month, " + lens + " · " + plan.api().option());
        show(p.rented, plan.rented(), lens);
        show(p.owned, plan.owned(), lens);
        for (PathsPlan.PathCrossing c : plan.crossovers()) {
            p.crossovers.add(new ListItem(crossing(c, days)));
        }
        plan.rentedSwitches()
                .forEach(s -> p.switches.add(new ListItem("Rented switches to " + s.to().name() + " at "
                        + volume(s.tokens(), days) + " (from " + s.from().name() + ")")));
        plan.ownedSwitches()
                .forEach(s -> p.switches.add(new ListItem("Owned switches to " + s.to().name() + " at "
                        + volume(s.tokens(), days) + " (from " + s.from().name() + ")")));
        p.switches.setVisible(
                !plan.rentedSwitches().isEmpty() || !plan.ownedSwitches().isEmpty());
        p.chart.setSpec(PathsChart.of(plan, 320));
        lines.setText(lines(plan) + (growth == null ? "" : "\n" + PathsOverTime.formulas(growth)));
    }

    private static void show(Headline card, Optional<PathsPlan.Chosen> chosen, String lens) {
        chosen.ifPresentOrElse(
                c -> card.show(
                        Formats.dollars(c.cost().monthly()),
                        "a month, " + lens + " · " + c.offer() + " · " + c.replica() + " · "
                                + c.cost().replicas() + " replica(s) on "
                                + c.cost().machines()
                                + " machine(s)"),
                () -> card.show("n/a", NO_OFFER));
    }

    /** "API = rented: reached at 43.17B tokens/month (1.44B/day), rented cheaper from there". */
    static String crossing(PathsPlan.PathCrossing c, int days) {
        String name = c.a() + " = " + c.b().toLowerCase() + ": ";
        Crossover x = c.crossover();
        if (x == null) {
            return name + "not priced (a path has no eligible offer)";
        }
        return name
                + switch (x.status()) {
                    case REACHED ->
                        x.first()
                                .map(f -> "reached at " + volume(f.tokens(), days) + ", "
                                        + (f.direction() == Crossover.Direction.A_REACHES_B ? c.b() : c.a())
                                                .toLowerCase()
                                        + " cheaper after it"
                                        + (x.crossings().size() > 1
                                                ? "; " + (x.crossings().size() - 1) + " more crossings up to "
                                                        + Formats.tokens(x.searchedTo()) + " tokens/month"
                                                : ""))
                                .orElse("reached");
                    case NOT_REACHED ->
                        "not reached up to " + Formats.tokens(Crossover.MAX_TOKENS_PER_MONTH)
                                + " tokens/month (verified)";
                    case NOT_VERIFIED ->
                        "not verified (examined up to " + Formats.tokens(x.verifiedTo())
                                + " tokens/month before the search budget ran out)";
                };
    }

    /** "43.17B tokens/month (1.44B/day)". */
    static String volume(double tokensPerMonth, int days) {
        return Formats.tokens(tokensPerMonth) + " tokens/month (" + Formats.tokens(tokensPerMonth / days) + "/day)";
    }

    /** Every line of the three paths: name, monthly, formula, source and as-of. */
    static String lines(PathsPlan plan) {
        List<String> out = new ArrayList<>();
        out.add("Three paths at " + volume(plan.tokensPerMonth(), plan.inputs().daysPerMonth()) + ", "
                + plan.api().lens().label() + ":");
        path(out, plan.api());
        plan.rented().ifPresentOrElse(c -> path(out, c.cost()), () -> out.add("Rented: " + NO_OFFER));
        plan.owned().ifPresentOrElse(c -> path(out, c.cost()), () -> out.add("Owned: " + NO_OFFER));
        plan.excluded().forEach(e -> out.add("Left out: " + e));
        return String.join("\n", out);
    }

    /** "$1,014.70": a line's dollars to the cent, so the lines add up to the total shown. */
    static String cents(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }

    private static void path(List<String> out, PathCost cost) {
        out.add(cost.path().label() + ": " + cost.option() + " = " + cents(cost.monthly()) + " a month");
        if (!cost.capacity().isBlank()) {
            out.add("  capacity: " + cost.capacity());
        }
        for (CostLine line : cost.lines()) {
            out.add("  " + line.name() + " " + cents(line.monthly()) + " = " + line.formula() + " · source: "
                    + (line.source() == null ? "not stated" : line.source())
                    + (line.asOf() == null ? "" : ", as of " + line.asOf()));
        }
    }
}
