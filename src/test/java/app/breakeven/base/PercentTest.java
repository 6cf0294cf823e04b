package app.breakeven.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void moves_the_decimal_point_so_a_share_and_its_percent_go_back_and_forth_exactly() {
        // Multiplying gives 0.07 * 100 = 7.000000000000001 (the double nearest 0.07 is
        // 0.0700000000000000066...; times 100 rounds up to the next double after 7).
        assertThat(0.07 * 100).isNotEqualTo(7.0);
        assertThat(Percent.of(0.07)).isEqualTo(7.0);
        assertThat(Percent.share(7.0)).isEqualTo(0.07);
        assertThat(Percent.share(Percent.of(0.07))).isEqualTo(0.07);
        // 12.5% a month is 0.125; 33.3% is 0.333; -5% is -0.05.
        assertThat(Percent.of(0.125)).isEqualTo(12.5);
        assertThat(Percent.share(33.3)).isEqualTo(0.333);
        assertThat(Percent.share(-5.0)).isEqualTo(-0.05);
    }

    @Test
    void not_a_number_and_infinities_pass_through() {
        assertThat(Percent.of(Double.NaN)).isNaN();
        assertThat(Percent.share(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
