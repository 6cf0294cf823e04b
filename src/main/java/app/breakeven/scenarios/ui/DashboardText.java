package app.breakeven.scenarios.ui;

import static app.breakeven.base.Formats.dollarRange;
import static app.breakeven.base.Formats.dollars;
import static app.breakeven.base.Formats.percent;
import static app.breakeven.base.Formats.times;
import static app.breakeven.base.Formats.tokens;

import app.breakeven.costs.BreakEven;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.Deployment;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Verdict;
import app.breakeven.scenarios.Plan;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Every sentence the dashboard shows, in one place. */
public final class DashboardText {

    static final String TITLE = "Breakeven";
    static final String TAGLINE = "Pay per token, or run your own GPUs? See where the lines cross.";
    static final String START_FROM = "Start from scenario";
    static final String VOLUME = "Tokens per day";
    static final String VOLUME_FIELD = "Typed";
    static final String MODEL = "Model (API price)";
    static final String MODEL_ERROR = "Choose a model from the catalogue";
    static final String TIER = "GPU tier (one deployment)";
    static final String TIER_ERROR = "Choose a hardware tier";
    static final String DEPLOYMENT = "Self-host on";
    static final String CLOUD = "Cloud rental";
    static final String ON_PREM = "Owned hardware (on-prem)";
    static final String UTILIZATION = "Target GPU utilization (%)";
    static final String UTILIZATION_FIELD = "%";
    static final String UTILIZATION_ERROR = "Enter a whole percentage from 5 to 100";
    static final String FULL_COST = "Count hidden costs (gateway, monitoring, DevOps, updates, power)";
    public static final String API_CAPTION = "API per month";
    public static final String SELF_CAPTION_FULL = "Self-host per month (full cost)";
    static final String SELF_CAPTION_GPU = "Self-host per month (GPUs only)";
    static final String DEPLOYMENTS_CAPTION = "Deployments needed";
    public static final String BREAK_EVEN_CAPTION = "Break-even volume";
    public static final String VERDICT_CAPTION = "Verdict";
    static final String HOW_COMPUTED = "How this is computed";
    static final String CHART_X = "Tokens per day (log scale)";
    static final String CHART_Y = "Dollars per month (log scale)";
    static final String SERIES_API = "API";
    static final String SERIES_SELF_FULL = "Self-host, low–high (GPUs + hidden)";
    static final String SERIES_SELF_GPU = "Self-host, low–high (GPUs only)";
    static final String MARKER_NOW = "You: ";
    static final String MARKER_BREAK_EVEN = "Break-even (mid): ";

    private DashboardText() {}

    public static String deployment(Deployment deployment) {
        return switch (deployment) {
            case CLOUD -> CLOUD;
            case ON_PREM -> ON_PREM;
        };
    }

    public static String apiNote(Evaluation e) {
        return tokens(e.tokensPerMonth()) + " tokens × " + dollars(e.blendedPerMillion()) + "/M";
    }

    static String selfHostNote(Evaluation e, boolean full) {
        return full
                ? "GPUs " + dollarRange(e.gpuMonthly().low(), e.gpuMonthly().high()) + " + hidden "
                        + dollarRange(e.hiddenMonthly().low(), e.hiddenMonthly().high())
                : "Hidden costs left out, as the article's tables do";
    }

    static String deploymentsNote(CostProfile profile) {
        return "each carries " + tokens(profile.tokensPerDayPerDeployment()) + " tokens/day";
    }

    /**
     * The deployments note, in words a board member reads when the capacity-based count differs
     * from the article's tables, which price one deployment of a tier whatever the volume: "7
     * deployments of 8x A100 are needed for 5B tokens/day at 928 tokens/s each; the article
     * priced one".
     */
    static String deploymentsNote(Plan plan, String hardware) {
        Evaluation e = plan.evaluation();
        CostProfile profile = plan.profile();
        if (!differsFromArticle(plan)) {
            return deploymentsNote(profile);
        }
        return e.deployments() + " deployments of " + hardware + " are needed for " + tokens(e.tokensPerDay())
                + " tokens/day at " + tokens(profile.tier().tokensPerSecond())
                + " tokens/s each; the article priced one";
    }

    /** "1 deployment of 2x A100 80GB", "3 deployments of 27-32B, cloud rental". */
    public static String deployments(int count, String hardware) {
        return count + (count == 1 ? " deployment of " : " deployments of ") + hardware;
    }

    /** Whether the article's tier is priced at more deployments than the article's one. */
    public static boolean differsFromArticle(Plan plan) {
        return !plan.hardware().sized() && plan.evaluation().deployments() > 1;
    }

    /** The deployments note on the article's tier: {@link #deploymentsNote(Plan, String)}. */
    public static String deploymentsNote(Plan plan) {
        return deploymentsNote(plan, plan.profile().tier().label());
    }

    public static String breakEven(BreakEven b) {
        return BreakEven.reached(b.mid()) ? tokens(b.mid()) + " tokens/day" : "Not reached";
    }

    public static String breakEvenNote(BreakEven b) {
        if (!BreakEven.reached(b.low())) {
            return "Not reached up to 100B tokens/day: a deployment costs more than the API bill for all it can serve.";
        }
        if (!BreakEven.reached(b.high())) {
            return "From " + tokens(b.low()) + " tokens/day at the low end of the costs;"
                    + " at the high end not reached up to 100B tokens/day.";
        }
        return b.low() == b.high()
                ? "At " + tokens(b.low()) + " tokens/day."
                : "Between " + tokens(b.low()) + " and " + tokens(b.high()) + " tokens/day across the cost ranges.";
    }

    public static String verdict(Verdict v) {
        String by = v.timesLow() == v.timesHigh() || !Double.isFinite(v.timesHigh())
                ? times(v.timesLow())
                : times(v.timesLow()) + "–" + times(v.timesHigh());
        return switch (v.winner()) {
            case API -> "API wins by " + by;
            case SELF_HOST -> "Self-host wins by " + by;
            case TIE -> "Too close to call";
        };
    }

    public static String verdictNote(Verdict v) {
        return switch (v.winner()) {
            case API -> "self-host costs " + times(v.timesLow()) + " to " + times(v.timesHigh()) + " the API bill";
            case SELF_HOST ->
                "the API bill is " + times(v.timesLow()) + " to " + times(v.timesHigh()) + " self-hosting";
            case TIE -> "the API bill falls inside the self-host range";
        };
    }

    /** The formulas with this scenario's numbers in them. */
    static String formulas(CostProfile p, Evaluation e, boolean full) {
        var w = p.workload();
        var price = p.price();
        var gpu = p.gpuPerDeployment();
        StringBuilder s = new StringBuilder();
        s.append("Blended price = s_in × p_in + (1 − s_in) × p_out = ")
                .append(percent(w.inputShare()))
                .append(" × ")
                .append(dollars(price.inputPerMillion()))
                .append(" + ")
                .append(percent(1 - w.inputShare()))
                .append(" × ")
                .append(dollars(price.outputPerMillion()))
                .append(" = ")
                .append(dollars(e.blendedPerMillion()))
                .append(" per 1M tokens\n");
        s.append("API per month = tokens/day × days/month × blended / 1,000,000 = ")
                .append(number(e.tokensPerDay()))
                .append(" × ")
                .append(w.daysPerMonth())
                .append(" × ")
                .append(dollars(e.blendedPerMillion()))
                .append(" / 1,000,000 = ")
                .append(dollars(e.apiMonthly()))
                .append('\n');
        s.append("Capacity of one deployment = throughput × 86,400 s × utilization / peak factor = ")
                .append(number(p.tier().tokensPerSecond()))
                .append(" tok/s × 86,400 × ")
                .append(percent(w.utilization()))
                .append(" / ")
                .append(number(w.peakFactor()))
                .append(" = ")
                .append(number(p.tokensPerDayPerDeployment()))
                .append(" tokens/day\n");
        s.append("Deployments = max(1, ceil(")
                .append(number(e.tokensPerDay()))
                .append(" / ")
                .append(number(p.tokensPerDayPerDeployment()))
                .append(")) = ")
                .append(e.deployments())
                .append('\n');
        s.append("GPUs per month = ")
                .append(e.deployments())
                .append(" × ")
                .append(dollarRange(gpu.low(), gpu.high()))
                .append(" (")
                .append(deployment(p.deployment()).toLowerCase(Locale.ROOT))
                .append(") = ")
                .append(dollarRange(e.gpuMonthly().low(), e.gpuMonthly().high()))
                .append('\n');
        s.append("Hidden per month = fixed ")
                .append(dollarRange(p.hiddenFixed().low(), p.hiddenFixed().high()))
                .append(" + ")
                .append(e.deployments())
                .append(" × per deployment ")
                .append(dollarRange(
                        p.hiddenPerDeployment().low(), p.hiddenPerDeployment().high()))
                .append(" = ")
                .append(dollarRange(e.hiddenMonthly().low(), e.hiddenMonthly().high()))
                .append(full ? "" : " (left out: GPUs only)")
                .append('\n');
        var self = full ? e.selfHostMonthly() : e.gpuMonthly();
        s.append("Self-host per month = ")
                .append(full ? "GPUs + hidden = " : "GPUs = ")
                .append(dollarRange(self.low(), self.high()))
                .append('\n');
        s.append("Break-even: within n deployments self-host is the constant n × c + F while the API grows with volume,"
                        + " so it is the smallest n with n × (API cost of a full deployment − c) ≥ F, at volume (n × c + F) / API"
                        + " cost per token/day: ")
                .append(breakEvenNote(full ? e.breakEven() : e.breakEvenGpuOnly()));
        return s.toString();
    }

    private static String number(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }
}
