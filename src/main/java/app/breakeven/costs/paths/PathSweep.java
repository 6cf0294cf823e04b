package app.breakeven.costs.paths;

import java.util.List;
import java.util.Optional;

/**
 * The chart of three paths: monthly costs at a series of whole-token volumes (arrays share their
 * index; NaN and option -1 where a path is missing), the solved cheapest options and
 * crossovers, and markers for the switches and crossings inside the chart's range, all read from
 * the same cost functions.
 */
public record PathSweep(
        double[] tokens,
        double[] api,
        double[] rented,
        double[] owned,
        int[] rentedOption,
        int[] ownedOption,
        Optional<Cheapest> rentedLowest,
        Optional<Cheapest> ownedLowest,
        Optional<Crossover> apiRented,
        Optional<Crossover> apiOwned,
        Optional<Crossover> rentedOwned,
        List<Marker> markers) {

    public enum Kind {
        RENTED_SWITCH,
        OWNED_SWITCH,
        API_RENTED,
        API_OWNED,
        RENTED_OWNED
    }

    /**
     * At {@code tokens} the cheaper of two changes: from {@code before} to {@code after}, option
     * names for a switch, path names (API, Rented, Owned) for a crossover.
     */
    public record Marker(Kind kind, double tokens, String before, String after) {}

    public PathSweep {
        markers = List.copyOf(markers);
    }

    public int size() {
        return tokens.length;
    }
}
