package app.breakeven.scenarios;

/**
 * The engineering time self-hosting takes. Given both, it replaces the catalogue's
 * engineering category, so it is never counted twice; given neither, the catalogue's
 * range stands.
 *
 * @param engineerMonthlyCost an engineer's loaded cost a month, or null
 * @param share               the share of that engineer's time, 0 to 1, or null
 */
public record EngineeringTime(Double engineerMonthlyCost, Double share) {

    public static final EngineeringTime NONE = new EngineeringTime(null, null);

    /** Dollars a month self-hosting costs in engineering, or null when not both are given. */
    public Double monthly() {
        return engineerMonthlyCost == null || share == null ? null : engineerMonthlyCost * share;
    }
}
