package app.breakeven.catalogue;

/**
 * Something wrong with a catalogue value.
 *
 * @param line   the line of an imported file (1 is the header), or 0 outside imports
 * @param column the column (CSV header name) or field
 * @param message what is wrong, in plain words
 */
public record ItemProblem(int line, String column, String message) {}
