package app.breakeven.catalogue;

/**
 * What an edit would do to saved scenarios, shown before the analyst saves it. Implemented
 * where scenarios live, so the catalogue can preview a change without knowing about them.
 */
public interface PriceChangeImpact {

    /** The effect of saving this edited copy on every saved scenario that uses the item. */
    ImpactPreview impactOf(CatalogueEntry edited);
}
