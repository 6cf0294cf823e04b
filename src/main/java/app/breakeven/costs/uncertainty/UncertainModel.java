package app.breakeven.costs.uncertainty;

import java.util.List;

/**
 * What the simulation and the tornado draw on: uncertain inputs and a price for one set of
 * their values. {@link CostModel} is the quick and sized modes; {@link PathsModel} the three
 * paths.
 */
public interface UncertainModel {

    List<Factor> factors();

    int horizonMonths();

    /** Every input at its likely value. */
    default double[] likely() {
        List<Factor> factors = factors();
        double[] values = new double[factors.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = factors.get(i).range().likely();
        }
        return values;
    }

    default CostModel.Outcome evaluate(double[] values) {
        return evaluate(values, null);
    }

    /**
     * @param values        one value an input, in the order of {@link #factors}
     * @param monthlySaving when not null, filled with what self-hosting saves against the API each month
     */
    CostModel.Outcome evaluate(double[] values, double[] monthlySaving);

    /** A one-off the horizon saving already pays and the saving to date starts from; 0 when none. */
    default double upfront(double[] values) {
        return 0;
    }
}
