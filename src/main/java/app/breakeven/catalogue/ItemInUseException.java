package app.breakeven.catalogue;

import java.util.List;

/** An item that saved scenarios use cannot be deleted; they are named. */
public class ItemInUseException extends RuntimeException {

    private final List<String> scenarios;

    /** Used by other catalogue items, such as the benchmarks measured on a GPU type. */
    ItemInUseException(String item, List<String> users, String userKind) {
        this(item, users, users.size(), userKind);
    }

    /**
     * @param users the users by name; one entry may count several ("5 scenarios of other
     *              planners"), so {@code count} is how many there are in all
     */
    ItemInUseException(String item, List<String> users, int count, String userKind) {
        super("'" + item + "' is used by " + count + " " + userKind + (count == 1 ? "" : "s") + ": " + joined(users)
                + ". Change them to another item first.");
        this.scenarios = List.copyOf(users);
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    public List<String> scenarios() {
        return scenarios;
    }
}
