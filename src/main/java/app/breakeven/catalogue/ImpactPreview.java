package app.breakeven.catalogue;

import java.util.List;

/**
 * What a catalogue change would do to saved scenarios.
 *
 * @param scenarios the ones the signed-in account may see, by name, with their figures
 * @param others    how many more, private to other planners, would change too
 */
public record ImpactPreview(List<ScenarioImpact> scenarios, int others) {}
