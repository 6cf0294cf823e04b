package app.breakeven.scenarios;

/**
 * The article's reasons to self-host besides price.
 *
 * @param complianceForbidsThirdParties data may not be sent to a third party
 * @param researchNeedsModelChanges     the work needs custom changes to the model
 * @param idleGpusOnHand                GPU capacity already owned and idle
 * @param latencyUnder50ms              responses needed in under 50 ms
 */
public record Conditions(
        boolean complianceForbidsThirdParties,
        boolean researchNeedsModelChanges,
        boolean idleGpusOnHand,
        boolean latencyUnder50ms) {

    public static final Conditions NONE = new Conditions(false, false, false, false);
}
