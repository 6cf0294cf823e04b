package app.breakeven.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing values a spreadsheet cannot run, and reading them back exactly. */
class CsvTest {

    private static String cell(String value) {
        return Csv.write(List.of(List.of(value))).stripTrailing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "'=1+2", "''-1"})
    void a_value_a_spreadsheet_would_run_is_written_behind_an_apostrophe_and_read_back_as_it_was(String value) {
        // "=1+2" is written '=1+2 (quoted where the value needs quotes), and "'=1+2", which a spreadsheet
        // would also run once it drops the leading apostrophe, gets one more: ''=1+2.
        String written = Csv.write(List.of(List.of(value)));
        List<String> cells = Csv.parse(written).getFirst().cells();

        assertThat(cells.getFirst()).startsWith("'").isEqualTo("'" + value);
        assertThat(Csv.unguard(cells.getFirst())).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DeepSeek V4 Flash", "'quoted'", "0.25", "a-b", "x=y", "2026-11-01"})
    void other_values_are_written_and_read_as_they_are(String value) {
        String written =
                Csv.parse(Csv.write(List.of(List.of(value)))).getFirst().cells().getFirst();

        assertThat(written).isEqualTo(value);
        assertThat(Csv.unguard(written)).isEqualTo(value);
    }

    @Test
    void the_guard_and_quotes_together() {
        // "-1, or less" needs quotes for its comma and a guard for its minus: "'-1, or less".
        assertThat(cell("-1, or less")).isEqualTo("\"'-1, or less\"");
        assertThat(cell("@x\"y")).isEqualTo("\"'@x\"\"y\"");
    }
}
