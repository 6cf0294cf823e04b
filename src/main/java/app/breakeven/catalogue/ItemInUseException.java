package app.breakeven.catalogue;

import java.util.List;

/** An item that saved scenarios use cannot be deleted; they are named. */
public class ItemInUseException extends RuntimeException {

    private final List<String> scenarios;

    ItemInUseException(String item, List<String> scenarios) {
        this(item, scenarios, "saved scenario");
    }

    /** Used by other catalogue items, such as the benchmarks measured on a GPU type. */
    ItemInUseException(String item, List<String> users, String userKind) {
        super("'" + item + "' is used by " + users.size() + " " + userKind + (users.size() == 1 ? "" : "s") + ": "
                + String.join(", ", users) + ". Change them to another item first.");
        this.scenarios = List.copyOf(users);
    }

    public List<String> scenarios() {
        return scenarios;
    }
}
