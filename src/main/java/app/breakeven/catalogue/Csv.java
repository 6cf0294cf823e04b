package app.breakeven.catalogue;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 comma-separated values: quotes around fields that need them, doubled inside. */
final class Csv {

    /** A record and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {
    }

    private Csv() {
    }

    static String write(List<List<String>> rows) {
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
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.startsWith(" ") || value.endsWith(" ");
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        boolean formula = !value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0;
        String text = formula ? "'" + value : value;
        return needs || formula ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * Parses text into rows; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of an unterminated quote
     */
    static List<Row> parse(String text) {
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
                case '\r' -> {
                }
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
