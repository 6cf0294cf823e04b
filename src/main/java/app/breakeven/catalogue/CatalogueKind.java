package app.breakeven.catalogue;

/** The tables of the catalogue. */
public enum CatalogueKind {
    MODEL("models", "Model"),
    TIER("hardware-tiers", "Hardware tier"),
    HIDDEN_COST("hidden-costs", "Hidden cost"),
    GPU("gpus", "GPU type"),
    BENCHMARK("benchmarks", "Throughput benchmark"),
    RENTED_OFFER("rented-offers", "Rented offer"),
    PURCHASE_OFFER("purchase-offers", "Purchase offer"),
    OWNERSHIP_ASSUMPTION("ownership-assumptions", "Ownership assumption");

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
