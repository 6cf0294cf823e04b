package app.breakeven.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyShowsCentsBelowAHundredWholeDollarsToAMillionThenMillions() {
        // Below $100 with cents; from $100 whole dollars, grouped; from $1M in millions, up to two decimals.
        assertThat(Formats.dollars(0)).isEqualTo("$0");
        assertThat(Formats.dollars(0.2)).isEqualTo("$0.20");
        assertThat(Formats.dollars(7.5)).isEqualTo("$7.50");
        assertThat(Formats.dollars(99.994)).isEqualTo("$99.99");
        assertThat(Formats.dollars(375)).isEqualTo("$375");
        assertThat(Formats.dollars(375.5)).isEqualTo("$376"); // half away from zero, as the browser rounds
        assertThat(Formats.dollars(12_345.67)).isEqualTo("$12,346");
        assertThat(Formats.dollars(2_500_000)).isEqualTo("$2.5M");
        assertThat(Formats.dollars(1_250_000_000)).isEqualTo("$1.25B");
        assertThat(Formats.dollars(-2_700)).isEqualTo("−$2,700");
        assertThat(Formats.dollars(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void countsGroupThousandsWithCommas() {
        assertThat(Formats.count(0)).isEqualTo("0");
        assertThat(Formats.count(999)).isEqualTo("999");
        assertThat(Formats.count(2474)).isEqualTo("2,474");
        assertThat(Formats.count(10_000_000)).isEqualTo("10,000,000");
    }

    @Test
    void tokensUseTheLargestSuffixReachedWithUpToTwoDecimals() {
        // 53,333,333 / 1e6 = 53.333… to 53.33M; 1.5e9 to 1.5B; 950 stays whole.
        assertThat(Formats.tokens(950)).isEqualTo("950");
        assertThat(Formats.tokens(100_000)).isEqualTo("100K");
        assertThat(Formats.tokens(53_333_333)).isEqualTo("53.33M");
        assertThat(Formats.tokens(1.5e9)).isEqualTo("1.5B");
        assertThat(Formats.tokens(2e12)).isEqualTo("2T");
    }

    @Test
    void theChartGetsTheSameBands() {
        assertThat(Formats.STYLES_JSON)
                .startsWith("{\"money\":[{\"from\":1000000000000,\"divisor\":1000000000000,\"suffix\":\"T\"")
                .contains("{\"from\":100,\"divisor\":1,\"suffix\":\"\",\"decimals\":0,\"fixed\":false}")
                .contains("{\"from\":0,\"divisor\":1,\"suffix\":\"\",\"decimals\":2,\"fixed\":true}")
                .contains("\"tokens\":[");
    }
}
