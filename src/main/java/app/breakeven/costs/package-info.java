/**
 * The cost engine: what the API path and the self-host path cost at a given token
 * volume, where they cross, and how both grow over time.
 *
 * <p>Plain Java on purpose: records in, records out, no Spring, JPA or Vaadin types,
 * so the same arithmetic serves the dashboard, the JSON API, tests and benchmarks.
 * {@code EngineIsPureTest} keeps it that way.
 */
package app.breakeven.costs;
