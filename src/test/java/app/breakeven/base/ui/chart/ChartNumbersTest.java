package app.breakeven.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChartNumbersTest {

    @Test
    void twelve_significant_digits() {
        // log10 of 106,036 tokens a day, the dashboard's second sample: 5.02512562814|0703, the
        // thirteenth digit 0 rounds down.
        assertThat(ChartNumbers.round(5.025125628140703)).isEqualTo(5.02512562814);
        // -0.0998131084675|9646: twelve significant digits start at the 9; the next digit 9
        // rounds the 5 up to 6.
        assertThat(ChartNumbers.round(-0.09981310846759646)).isEqualTo(-0.0998131084676);
        // $1,234,567.891234567 a month: 1234567.89123|4567 -> 1234567.89123.
        assertThat(ChartNumbers.round(1234567.891234567)).isEqualTo(1234567.89123);
        // A month number and zero are as they are.
        assertThat(ChartNumbers.round(36)).isEqualTo(36);
        assertThat(ChartNumbers.round(0)).isEqualTo(0);
        // 12,345,678,901,234.4 tokens: more than twelve whole digits, kept whole.
        assertThat(ChartNumbers.round(12_345_678_901_234.4)).isEqualTo(12_345_678_901_234d);
    }

    @Test
    void a_dollar_figure_on_a_log_axis_comes_back_to_the_cent() {
        // $398,765,432.17 a month: y = log10(398,765,432.17) = 8.6006...; twelve significant
        // digits leave y off by at most 5e-12, so 10^y is off by at most 5e-12 x ln(10) = 1.15e-11
        // of itself: 1.15e-11 x $398,765,432.17 = $0.0046, under half a cent, so the CSV's
        // rounding to the cent gives the figure back.
        double dollars = 398_765_432.17;
        double back = Math.pow(10, ChartNumbers.round(Math.log10(dollars)));
        assertThat(Math.round(back * 100) / 100.0).isEqualTo(dollars);
    }

    @Test
    void the_spec_json_carries_the_short_numbers() {
        var series = new ChartSpec.Series("API", ChartSpec.SeriesType.LINE, "#1676f3", false, new double[][] {
            {5.025125628140703, -0.09981310846759646}
        });

        String json = JsonMapper.builder().build().writeValueAsString(series);

        assertThat(json).contains("\"points\":[[5.02512562814,-0.0998131084676]]");
    }
}
