package app.breakeven.base.ui;

/**
 * A button another module puts in the top bar beside the signed-in name, such as changing
 * one's own password. Spring beans of this type are picked up by {@link MainLayout}, so
 * the shell needs to know nothing of the modules that add to it.
 */
public interface ShellAction {

    /** The button's element id, for tests and the browser. */
    String id();

    String label();

    /** Runs in the UI of the click, for example opening a dialog. */
    void run();
}
