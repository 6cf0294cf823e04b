package app.breakeven.scenarios;

/** Someone else saved or deleted the scenario since it was read; nothing was written. */
public class ScenarioConflictException extends RuntimeException {

    private final transient ScenarioDetails current;

    public ScenarioConflictException(ScenarioDetails current) {
        super(
                current == null
                        ? "The scenario was deleted by someone else"
                        : "The scenario was changed by someone else (now version " + current.version() + ")");
        this.current = current;
    }

    /** What is saved now, or null when the scenario was deleted. */
    public ScenarioDetails current() {
        return current;
    }
}
