/**
 * Sizing from the model and the GPU: weights and KV cache against GPU memory, the
 * tensor-parallel size of a replica, its throughput (measured, or estimated from memory
 * bandwidth with an efficiency calibrated on the measured rows), and the cheapest deployment
 * option at a volume. Plain Java like the rest of the cost engine; every result can explain
 * its arithmetic line by line.
 *
 * <p>Published to the other modules as the named interface "sizing": the catalogue builds
 * these records from its rows, the scenarios price them.
 */
@NamedInterface("sizing")
package app.breakeven.costs.sizing;

import org.springframework.modulith.NamedInterface;
