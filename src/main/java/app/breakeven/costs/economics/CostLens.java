package app.breakeven.costs.economics;

/**
 * Which lines a path counts, applied to all three paths at once.
 * <ul>
 *   <li>{@code FULLY_LOADED}: every line.</li>
 *   <li>{@code MARGINAL}: only the lines that grow with the volume or the hardware
 *       ({@link CostLine.Kind#VOLUME}): the API bill; rent; and per owned server its
 *       depreciation, capital, installation, maintenance, power and facility (all paid per
 *       server, so one more server adds them all). People and implementation, which stay the
 *       same whatever the volume, are left out.</li>
 * </ul>
 * Every line is at least 0, so the marginal total is never above the fully loaded one.
 */
public enum CostLens {
    FULLY_LOADED("fully loaded"),
    MARGINAL("marginal");

    private final String label;

    CostLens(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean counts(CostLine.Kind kind) {
        return this == FULLY_LOADED || kind == CostLine.Kind.VOLUME;
    }
}
