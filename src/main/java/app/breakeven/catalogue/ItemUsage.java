package app.breakeven.catalogue;

import java.util.List;

/**
 * Who uses a catalogue item. Implemented where the users live (saved scenarios), so the
 * catalogue can refuse to delete what is in use without knowing about scenarios.
 */
public interface ItemUsage {

    /** Names of saved scenarios that use the item; empty when none do. */
    List<String> scenariosUsing(CatalogueKind kind, long itemId);
}
