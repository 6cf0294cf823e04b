/**
 * Scenarios: a volume, a model, a GPU tier and the assumptions around them, saved by
 * name. {@link app.breakeven.scenarios.ScenarioService} validates inputs against the
 * catalogue and turns them into the engine's cost profile; the dashboard lives in
 * {@code ui}.
 */
package app.breakeven.scenarios;
