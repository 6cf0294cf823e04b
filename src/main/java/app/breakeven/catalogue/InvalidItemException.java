package app.breakeven.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** Values that cannot be saved or imported; nothing was written. */
public class InvalidItemException extends RuntimeException {

    private final transient List<ItemProblem> problems;

    InvalidItemException(List<ItemProblem> problems) {
        super(problems.stream()
                .map(p -> (p.line() > 0 ? "line " + p.line() + ", " : "") + p.column() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ItemProblem> problems() {
        return problems;
    }
}
