package app.breakeven.costs.uncertainty;

import java.util.Objects;

/**
 * One uncertain input of a scenario.
 *
 * @param key   stable name, the key of its stream of draws ("throughput", "hidden:Monitoring")
 * @param label what the screens call it
 */
public record Factor(String key, String label, Role role, Range range) {

    public Factor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(range, "range");
        if (range.low() < role.min() || range.high() > role.max()) {
            throw new IllegalArgumentException(
                    label + " must be from " + role.min() + " to " + role.max() + " " + role.unit());
        }
        if (range.shape() == Shape.LOG_NORMAL && !role.logNormalFits()) {
            throw new IllegalArgumentException(label + " is bounded, so a log-normal range does not fit it");
        }
    }

    public Factor withRange(Range value) {
        return new Factor(key, label, role, value);
    }
}
