package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Figures go stale 90 days after their as-of date, counted back from the day given. */
class CatalogueEntryTest {

    private static ModelPrice asOf(LocalDate day) {
        return new ModelPrice("m", "v", "MIT", BigDecimal.ONE, "test", day);
    }

    @Test
    void a_figure_is_stale_once_its_as_of_date_is_more_than_90_days_back() {
        ModelPrice priced = asOf(LocalDate.of(2026, 8, 1));
        // 2026-08-01 to 2026-10-30 is 90 days (30 to August 31, 30 more to September 30, 30 more to
        // October 30), so on October 30 the figure is exactly 90 days old: not yet stale.
        assertThat(priced.isStaleOn(LocalDate.of(2026, 10, 30))).isFalse();
        // The next day, 90 days back is 2026-08-02 and August 1 lies before it.
        assertThat(priced.isStaleOn(LocalDate.of(2026, 10, 31))).isTrue();
    }

    @Test
    void a_figure_without_a_date_is_not_flagged() {
        assertThat(asOf(null).isStaleOn(LocalDate.of(2026, 10, 31))).isFalse();
    }
}
