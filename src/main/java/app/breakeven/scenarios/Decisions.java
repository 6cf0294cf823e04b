package app.breakeven.scenarios;

import app.breakeven.base.Formats;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Growth;
import app.breakeven.scenarios.Decision.Recommendation;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article's decision rule: API by default; self-hosting when volume holds above the
 * threshold and the math works, or when compliance leaves no choice; worth evaluating
 * for research that changes models, idle GPUs, or latency under 50 ms.
 */
public final class Decisions {

    private Decisions() {}

    static Decision decide(ScenarioDetails d, Evaluation now, Roi roi, boolean sustainedAboveThreshold) {
        return decide(d, now, roi, sustainedAboveThreshold, null);
    }

    /** With {@code growth}, a hybrid move that never pays back within the horizon is named as a reason. */
    static Decision decide(ScenarioDetails d, Evaluation now, Roi roi, boolean sustainedAboveThreshold, Growth growth) {
        Decision decision = decideNow(d, now, roi, sustainedAboveThreshold);
        String loss = hybridLoss(growth);
        if (loss == null) {
            return decision;
        }
        List<String> reasons = new ArrayList<>(decision.reasons());
        reasons.add(Math.min(1, reasons.size()), loss);
        return new Decision(decision.recommendation(), reasons);
    }

    /**
     * "The hybrid rule moves to self-hosting in month 21, but the move costs $12,400 more than
     * staying on the API over the 36-month horizon": null when it does not move or pays back.
     */
    public static String hybridLoss(Growth g) {
        if (g == null || g.hybridSwitchMonth() < 0 || g.paybackMonth() >= 0 || g.months() == 0) {
            return null;
        }
        return "The hybrid rule moves to self-hosting in month " + (g.hybridSwitchMonth() + 1)
                + ", but the move does not pay back within the horizon: it costs "
                + dollars(Math.max(0, g.hybridOverApi()))
                + " more than staying on the API over " + g.months() + " months.";
    }

    private static Decision decideNow(ScenarioDetails d, Evaluation now, Roi roi, boolean sustainedAboveThreshold) {
        Conditions c = d.conditions();
        double api = now.apiMonthly();
        CostRange self = now.selfHostMonthly();
        boolean mathWorks = self.mid() < api;
        boolean engineeringEatsSavings = roi.net() < 0;
        List<String> reasons = new ArrayList<>();
        Recommendation recommendation;

        if (c.complianceForbidsThirdParties()) {
            recommendation = Recommendation.SELF_HOST;
            reasons.add("Compliance forbids sending data to third parties, so a hosted API is not an option.");
        } else if (sustainedAboveThreshold && mathWorks && !engineeringEatsSavings) {
            recommendation = Recommendation.SELF_HOST;
            reasons.add("Volume holds at or above " + tokens(d.hybrid().threshold()) + " tokens/day for "
                    + d.hybrid().months() + " months and self-hosting (" + dollars(self.mid())
                    + " a month, mid) costs less than the API ("
                    + dollars(api) + ").");
        } else if (c.researchNeedsModelChanges()
                || c.idleGpusOnHand()
                || c.latencyUnder50ms()
                || (sustainedAboveThreshold && mathWorks)) {
            recommendation = Recommendation.EVALUATE;
        } else {
            recommendation = Recommendation.API_FIRST;
        }

        if (c.researchNeedsModelChanges()) {
            reasons.add("Research needs changes to the model itself, which a hosted API does not allow.");
        }
        if (c.idleGpusOnHand()) {
            double hiddenOnly = now.hiddenMonthly().mid();
            reasons.add("Idle GPUs are already paid for: on them self-hosting costs the hidden costs, about "
                    + dollars(hiddenOnly) + " a month, against " + dollars(api) + " on the API.");
        }
        if (c.latencyUnder50ms()) {
            reasons.add("Responses under 50 ms leave little room for a round trip to a hosted API.");
        }
        if (!sustainedAboveThreshold) {
            reasons.add("Volume does not hold at or above " + tokens(d.hybrid().threshold()) + " tokens/day for "
                    + d.hybrid().months() + " months within the horizon.");
        }
        if (mathWorks) {
            reasons.add("At today's volume self-hosting costs " + dollars(self.mid()) + " a month (mid) against "
                    + dollars(api) + " on the API.");
        } else {
            reasons.add("At today's volume the API costs " + dollars(api) + " a month against " + dollars(self.low())
                    + " – " + dollars(self.high()) + " to self-host.");
        }
        if (engineeringEatsSavings) {
            reasons.add(
                    roi.saved() > 0
                            ? "The engineering time (" + dollars(roi.engineering())
                                    + " a month) outweighs what self-hosting saves (" + dollars(roi.saved()) + ")."
                            : "Self-hosting saves nothing on the API bill, and its engineering time adds "
                                    + dollars(roi.engineering()) + " a month.");
        }
        return new Decision(recommendation, List.copyOf(reasons));
    }

    private static String dollars(double value) {
        return Formats.dollars(value);
    }

    private static String tokens(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        if (value >= 1e9) {
            return f.format(value / 1e9) + "B";
        }
        if (value >= 1e6) {
            return f.format(value / 1e6) + "M";
        }
        return f.format(value);
    }
}
