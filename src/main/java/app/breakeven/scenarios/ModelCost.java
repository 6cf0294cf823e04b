package app.breakeven.scenarios;

/**
 * One catalogue model at the scenario's volume.
 *
 * @param tier              the tier it would self-host on
 * @param apiMonthly        dollars a month by API
 * @param selfHostLow       full self-host cost a month, low end
 * @param selfHostHigh      full self-host cost a month, high end
 * @param breakEvenMid      break-even tokens a day on that tier (mid), infinite when not reached
 */
public record ModelCost(
        String model,
        String tier,
        double outputPerMillion,
        double apiMonthly,
        double selfHostLow,
        double selfHostHigh,
        double breakEvenMid) {

    public double selfHostMid() {
        return (selfHostLow + selfHostHigh) / 2;
    }
}
