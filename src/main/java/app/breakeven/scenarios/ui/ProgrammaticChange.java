package app.breakeven.scenarios.ui;

/**
 * Marks the time a view writes into its own fields, so their change listeners can tell that
 * from the user's input. Nested writes keep the mark until the outermost one ends.
 */
final class ProgrammaticChange {

    private boolean active;

    /** True while {@link #run} is writing. */
    boolean active() {
        return active;
    }

    void run(Runnable update) {
        boolean before = active;
        active = true;
        try {
            update.run();
        } finally {
            active = before;
        }
    }
}
