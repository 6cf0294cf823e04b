/**
 * The price catalogue: what APIs charge per token (and each model's architecture), what GPU
 * tiers cost and carry, the hidden costs of running them, and for sizing the GPU types and
 * measured throughput. Every figure keeps its source and as-of date.
 * {@link app.breakeven.catalogue.CatalogueService} is the module's public face; a
 * {@link app.breakeven.catalogue.Catalogue} is an immutable snapshot for the planner.
 */
package app.breakeven.catalogue;
