package app.breakeven.catalogue;

import java.util.List;

/** An item that saved scenarios use cannot be deleted; they are named. */
public class ItemInUseException extends RuntimeException {

    private final List<String> scenarios;

    ItemInUseException(String item, List<String> scenarios) {
        super("'" + item + "' is used by " + scenarios.size() + " saved scenario" + (scenarios.size() == 1 ? "" : "s")
                + ": " + String.join(", ", scenarios) + ". Change them to another item first.");
        this.scenarios = List.copyOf(scenarios);
    }

    public List<String> scenarios() {
        return scenarios;
    }
}
