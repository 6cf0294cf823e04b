package app.breakeven.scenarios;

import java.util.List;

/**
 * Break-even tokens a day (mid, full cost) for every model on every column of hardware, with
 * the scenario's other assumptions: the article's tiers in the quick mode, the catalogue's
 * GPU types when the scenario sizes its replica.
 *
 * @param columnTitle what the columns are ("Hardware tier", "GPU type")
 * @param cells       {@code cells[model][column]}
 */
public record BreakEvenMap(String columnTitle, List<String> models, List<String> columns, Cell[][] cells) {

    public enum Status {
        /** Priced: the volume is where self-hosting starts to pay, infinite when it never does. */
        PRICED,
        /** The model does not fit: too large for the tier, or for eight GPUs of the type. */
        DOES_NOT_FIT,
        /** Fits, but cannot be priced: no rental price, or a model card lacking a fact. */
        NOT_PRICED
    }

    /**
     * One model on one column.
     *
     * @param note what the cell rests on (GPUs a replica and the throughput source), or why it
     *             is not priced; null on the article's tiers
     */
    public record Cell(double volume, Status status, String note) {

        static Cell priced(double volume, String note) {
            return new Cell(volume, Status.PRICED, note);
        }

        static Cell not(Status status, String note) {
            return new Cell(Double.NaN, status, note);
        }
    }

    /** The volumes alone, NaN where a cell is not priced. */
    public double[][] volumes() {
        double[][] volumes = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            volumes[i] = new double[cells[i].length];
            for (int j = 0; j < cells[i].length; j++) {
                volumes[i][j] = cells[i][j].volume();
            }
        }
        return volumes;
    }
}
