package app.breakeven.scenarios;

/** A saved scenario as a list shows it. */
public record ScenarioSummary(long id, String name, String description) {
}
