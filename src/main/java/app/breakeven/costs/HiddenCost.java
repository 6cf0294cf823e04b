package app.breakeven.costs;

import java.util.Objects;

/**
 * A cost of self-hosting beyond the GPUs themselves: gateways, monitoring, people, power.
 *
 * @param name     the category, for breakdowns
 * @param monthly  dollars per month (per deployment where {@code basis} says so)
 * @param scope    which deployments it applies to
 * @param basis    whether it is paid once a month or once per deployment a month
 */
public record HiddenCost(String name, CostRange monthly, Scope scope, Basis basis) {

    public HiddenCost {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(basis, "basis");
    }

    public boolean appliesTo(Deployment deployment) {
        return switch (scope) {
            case BOTH -> true;
            case CLOUD -> deployment == Deployment.CLOUD;
            case ON_PREM -> deployment == Deployment.ON_PREM;
        };
    }

    /** Which deployments a hidden cost applies to. */
    public enum Scope {
        CLOUD,
        ON_PREM,
        BOTH
    }

    /** How a hidden cost scales. */
    public enum Basis {
        PER_MONTH,
        PER_DEPLOYMENT
    }
}
