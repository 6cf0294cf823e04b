package app.breakeven.scenarios;

import app.breakeven.costs.uncertainty.Shape;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One range a scenario's input carries (V15 {@code scenario_range}); the likely value is the scenario's. */
@Embeddable
class ScenarioRangeRow {

    @Column(name = "input_key", nullable = false, length = 200)
    private String input;

    @Column(name = "low_value", nullable = false)
    private double low;

    /** Null: the scenario's own value. */
    @Column(name = "likely_value")
    private Double likely;

    @Column(name = "high_value", nullable = false)
    private double high;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Shape shape;

    protected ScenarioRangeRow() {}

    ScenarioRangeRow(UncertaintyChoice.RangeChoice range) {
        this.input = range.input();
        this.low = range.low();
        this.likely = range.likely();
        this.high = range.high();
        this.shape = range.shape() == null ? Shape.TRIANGULAR : range.shape();
    }

    UncertaintyChoice.RangeChoice choice() {
        return new UncertaintyChoice.RangeChoice(input, low, likely, high, shape);
    }
}
