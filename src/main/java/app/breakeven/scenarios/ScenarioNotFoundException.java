package app.breakeven.scenarios;

/** No scenario has that id. */
public class ScenarioNotFoundException extends RuntimeException {

    public ScenarioNotFoundException(long id) {
        super("No scenario with id " + id);
    }
}
