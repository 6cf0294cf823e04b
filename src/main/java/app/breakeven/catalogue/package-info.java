/**
 * The price catalogue: what APIs charge per token, what GPU tiers cost and carry, and
 * the hidden costs of running them. Every figure keeps its source and as-of date.
 * {@link app.breakeven.catalogue.CatalogueService} is the module's public face; a
 * {@link app.breakeven.catalogue.Catalogue} is an immutable snapshot for the planner.
 */
package app.breakeven.catalogue;
