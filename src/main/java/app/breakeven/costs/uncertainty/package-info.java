/**
 * How sure an answer is and what would change it: ranges on the inputs (triangular, uniform or
 * log-normal), a seeded Monte Carlo of the scenario's costs over its horizon with common random
 * numbers, and a tornado of one-at-a-time swings with the value at which the decision flips.
 *
 * <p>Plain Java like the rest of the cost engine, and deterministic: draws come from SplitMix64
 * streams keyed by the seed and each input's key, turned into values through inverse
 * distribution functions computed with {@link StrictMath}, so the same seed gives the same
 * figures on every machine. Published to the other modules as the named interface
 * "uncertainty".
 */
@NamedInterface("uncertainty")
package app.breakeven.costs.uncertainty;

import org.springframework.modulith.NamedInterface;
