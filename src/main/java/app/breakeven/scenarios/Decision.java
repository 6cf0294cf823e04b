package app.breakeven.scenarios;

import java.util.List;

/** What to do, and the reasons that drove it, most decisive first. */
public record Decision(Recommendation recommendation, List<String> reasons) {

    public enum Recommendation {
        API_FIRST("API first"),
        EVALUATE("Evaluate self-hosting"),
        SELF_HOST("Self-host");

        private final String label;

        Recommendation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
