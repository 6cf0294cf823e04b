package app.breakeven.catalogue;

import java.util.Map;

/** Someone else changed or deleted the item since it was read; nothing was written. */
public class CatalogueConflictException extends RuntimeException {

    private final transient Map<String, String> current;
    private final long currentVersion;

    CatalogueConflictException(Map<String, String> current, long currentVersion) {
        super(
                current == null
                        ? "The item was deleted by someone else"
                        : "The item was changed by someone else (now version " + currentVersion + ")");
        this.current = current;
        this.currentVersion = currentVersion;
    }

    /** The values saved now, column by column; null when the item was deleted. */
    public Map<String, String> current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
