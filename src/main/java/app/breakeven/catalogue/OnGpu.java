package app.breakeven.catalogue;

/** A catalogue row that names a GPU type; the database keeps the name in step with the GPU catalogue. */
interface OnGpu {

    String getGpuType();

    /** What this row is called in messages: its label. */
    String getLabel();
}
