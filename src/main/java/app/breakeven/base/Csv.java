package app.breakeven.base;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values: quotes around fields that need them, doubled inside, and
 * a guard before any value a spreadsheet would run as a formula. Every CSV the product
 * writes goes through here.
 */
public final class Csv {

    /** A record and the line it starts on (1-based). */
    public record Row(int line, List<String> cells) {}

    /** Put before a value a spreadsheet would run as a formula, and taken off again on import. */
    public static final char GUARD = '\'';
    /** What a spreadsheet reads as the start of a formula (tab and carriage return too, per OWASP). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /**
     * Whether the value would start a formula once a spreadsheet strips any guards already in
     * front of it: guarding those values too keeps {@link #unguard} the exact inverse of export.
     */
    private static boolean isFormulaLike(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == GUARD) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** A cell as it was before export guarded it: one leading guard off a formula-like value. */
    public static String unguard(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == GUARD && isFormulaLike(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.contains(",")
                || value.contains("\"")
                || value.contains("\n")
                || value.contains("\r")
                || value.startsWith(" ")
                || value.endsWith(" ");
        boolean formula = isFormulaLike(value);
        String text = formula ? GUARD + value : value;
        return needs || formula ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * Parses text into rows; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of an unterminated quote
     */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {}
                case '\n' -> {
                    if (any || cell.length() > 0) {
                        cells.add(cell.toString());
                        rows.add(new Row(rowLine, List.copyOf(cells)));
                    }
                    cells.clear();
                    cell.setLength(0);
                    any = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    cell.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + rowLine + " opens a quote that never closes");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
