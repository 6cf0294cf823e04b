package app.breakeven.catalogue;

/** A number format for weights or the KV cache: two bytes (BF16), one (FP8, INT8) or half a byte (INT4). */
public enum Precision {
    BF16,
    FP8,
    INT8,
    INT4
}
