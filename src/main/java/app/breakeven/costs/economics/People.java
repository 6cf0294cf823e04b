package app.breakeven.costs.economics;

import java.time.LocalDate;

/**
 * The people and one-offs of a path, the API path included:
 * <pre>
 *   operations     = FTE share x loaded monthly cost of one FTE
 *   implementation = implementation cost / horizon months
 * </pre>
 * Both are fixed: they do not grow with the volume or the hardware.
 *
 * @param operationsFte       full-time equivalents running the path, e.g. 0.25
 * @param loadedMonthlyPerFte salary, benefits and overhead of one FTE a month
 * @param implementationCost  one-off cost of building the path, spread over the horizon
 * @param source              where the figures come from
 * @param asOf                their date; {@code null} when unknown
 */
public record People(
        double operationsFte, double loadedMonthlyPerFte, double implementationCost, String source, LocalDate asOf) {

    /** No people counted on the path. */
    public static final People NONE = new People(0, 0, 0, "not counted", null);

    public People {
        if (!(operationsFte >= 0 && operationsFte <= 1_000)) {
            throw new IllegalArgumentException("operations FTE must be between 0 and 1,000: " + operationsFte);
        }
        Fmt.requireNonNegative(loadedMonthlyPerFte, "loaded monthly cost of an FTE");
        Fmt.requireNonNegative(implementationCost, "implementation cost");
        Fmt.requireText(source, "the people figures' source");
    }

    public double operationsMonthly() {
        return operationsFte * loadedMonthlyPerFte;
    }

    public double implementationMonthly(int horizonMonths) {
        return implementationCost / horizonMonths;
    }

    public double monthly(int horizonMonths) {
        return operationsMonthly() + implementationMonthly(horizonMonths);
    }

    /** {@code total} plus operations and implementation when the plan's lens counts fixed costs. */
    double addTo(double total, Plan plan) {
        if (!plan.lens().counts(CostLine.Kind.FIXED)) {
            return total;
        }
        double sum = total + operationsMonthly();
        return sum + implementationMonthly(plan.horizonMonths());
    }

    /** Adds the lines that are not zero, when the plan's lens counts fixed costs. */
    void addLines(PathCost.Builder lines, Plan plan) {
        int horizonMonths = plan.horizonMonths();
        if (operationsMonthly() > 0) {
            lines.add(
                    "Operations",
                    operationsMonthly(),
                    Fmt.num(operationsFte) + " FTE x " + Fmt.money(loadedMonthlyPerFte) + " a month",
                    source,
                    asOf,
                    CostLine.Kind.FIXED);
        }
        if (implementationMonthly(horizonMonths) > 0) {
            lines.add(
                    "Implementation",
                    implementationMonthly(horizonMonths),
                    Fmt.money(implementationCost) + " / " + horizonMonths + " months",
                    source,
                    asOf,
                    CostLine.Kind.FIXED);
        }
    }
}
