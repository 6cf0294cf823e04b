package app.breakeven.scenarios;

/** What the signed-in account may do with a scenario. */
public enum Access {
    /** Not even see it; to them it does not exist. */
    NONE,
    /** Open it and try things, but not save: the article's examples, or shared with a viewer. */
    READ,
    /** Save changes too: shared with a planner. */
    EDIT,
    /** Everything, including delete, share links and whom it is shared with. */
    OWN;

    public boolean canRead() {
        return this != NONE;
    }

    public boolean canEdit() {
        return this == EDIT || this == OWN;
    }
}
