package app.breakeven.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A figure that fits its {@code NUMERIC(precision, scale)} column. PostgreSQL rounds extra
 * decimals away but refuses a value with too many digits before the point; checking here,
 * after the same rounding, turns "1e20" into a message at its line and column instead of a
 * failed write.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Numeric.Check.class)
@interface Numeric {

    int precision();

    int scale();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Numeric, BigDecimal> {

        private int scale;
        private BigDecimal limit;

        @Override
        public void initialize(Numeric column) {
            scale = column.scale();
            limit = BigDecimal.TEN.pow(column.precision() - column.scale());
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            if (value == null || fits(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be less than "
                            + NumberFormat.getIntegerInstance(Locale.US).format(limit))
                    .addConstraintViolation();
            return false;
        }

        boolean fits(BigDecimal value) {
            return value.setScale(scale, RoundingMode.HALF_UP).abs().compareTo(limit) < 0;
        }
    }
}
