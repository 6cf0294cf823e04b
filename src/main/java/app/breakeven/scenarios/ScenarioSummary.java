package app.breakeven.scenarios;

/**
 * A saved scenario as a list shows it.
 *
 * @param owner  the owner's username, or {@code null} for the article's examples
 * @param access what the signed-in account may do with it
 */
public record ScenarioSummary(long id, String name, String description, String owner, Access access) {}
