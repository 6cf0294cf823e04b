package app.breakeven.catalogue;

/** The three tables of the catalogue. */
public enum CatalogueKind {
    MODEL("models", "Model"),
    TIER("hardware-tiers", "Hardware tier"),
    HIDDEN_COST("hidden-costs", "Hidden cost");

    private final String fileName;
    private final String label;

    CatalogueKind(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    /** "models", for export file names. */
    public String fileName() {
        return fileName;
    }

    public String label() {
        return label;
    }
}
