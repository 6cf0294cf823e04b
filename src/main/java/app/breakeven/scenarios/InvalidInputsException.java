package app.breakeven.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** Inputs that cannot be evaluated; nothing was computed or changed. */
public class InvalidInputsException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InvalidInputsException(List<InputProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
