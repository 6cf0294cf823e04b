package app.breakeven.catalogue;

import java.util.List;

/**
 * Who uses a catalogue item. Implemented where the users live (saved scenarios), so the
 * catalogue can refuse to delete what is in use without knowing about scenarios.
 */
public interface ItemUsage {

    /**
     * Names of saved scenarios that use the item, empty when none do; those the account may not
     * see are one entry that counts them ("5 scenarios of other planners").
     */
    List<String> scenariosUsing(CatalogueKind kind, long itemId);

    /** How many saved scenarios use the item, those counted together in one entry included. */
    default int countUsing(CatalogueKind kind, long itemId) {
        return scenariosUsing(kind, itemId).size();
    }
}
