package app.breakeven.security;

/** What an account may do. An account holds any set of these. */
public enum Role {
    /** Manages accounts and API tokens. */
    ADMIN("Admin", "manages accounts and API tokens"),
    /** Edits the price catalogue. */
    ANALYST("Analyst", "edits the price catalogue"),
    /** Owns scenarios and shares them. */
    PLANNER("Planner", "saves scenarios and shares them"),
    /** Reads what is shared with them. */
    VIEWER("Viewer", "reads the catalogue and scenarios shared with them");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The authority Spring Security checks for {@code hasRole(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
