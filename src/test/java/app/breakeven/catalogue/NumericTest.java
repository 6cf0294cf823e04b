package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Figures checked against the NUMERIC columns that hold them. */
class NumericTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private ModelPrice model(String output) {
        return new ModelPrice("m", "v", "MIT", new BigDecimal(output), "test", LocalDate.of(2026, 11, 1));
    }

    private String outputProblem(String output) {
        return validator.validate(model(output)).stream()
                .filter(v -> v.getPropertyPath().toString().equals("outputPerMillion"))
                .map(v -> v.getMessage())
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_price_fits_numeric_14_6_below_ten_to_the_eighth_after_rounding_to_six_decimals() {
        // NUMERIC(14,6) keeps 14 - 6 = 8 digits before the point: the largest price is 99,999,999.999999.
        assertThat(outputProblem("99999999.999999")).isNull();
        // 99,999,999.9999994 rounds down to 99,999,999.999999 and fits.
        assertThat(outputProblem("99999999.9999994")).isNull();
        // 99,999,999.9999995 rounds up to 100,000,000.000000: nine digits, refused.
        assertThat(outputProblem("99999999.9999995")).isEqualTo("must be less than 100,000,000");
        // 1e20 from a CSV file.
        assertThat(outputProblem("1e20")).isEqualTo("must be less than 100,000,000");
    }

    @Test
    void a_tier_cost_fits_numeric_12_2() {
        // NUMERIC(12,2): 10 digits before the point, so less than 10,000,000,000.
        HiddenCostCategory cost = new HiddenCostCategory();
        cost.setMonthlyLow(new BigDecimal("9999999999.99"));
        cost.setMonthlyHigh(new BigDecimal("10000000000"));

        assertThat(validator.validate(cost))
                .filteredOn(v -> v.getPropertyPath().toString().startsWith("monthly"))
                .extracting(v -> v.getPropertyPath() + " " + v.getMessage())
                .containsExactly("monthlyHigh must be less than 10,000,000,000");
    }
}
