/**
 * The economics of the three paths at one volume: the API bill from a request shape (input,
 * cached input, output, batch discount), the replicas a load needs (peak, headroom, a minimum
 * and an N+1 spare), rented instances under a billing mode, owned servers over their life
 * (depreciation net of residual, capital, installation, maintenance, power with PUE,
 * facilities) with a month-by-month cash schedule, people and one-offs, and a cost lens.
 * Every result itemises its lines with the formula, the numbers, the source and the as-of
 * date. Plain Java like the rest of the cost engine.
 *
 * <p>Published to the other modules as the named interface "economics": the catalogue builds
 * offers from its rows, the scenarios price the paths.
 */
@NamedInterface("economics")
package app.breakeven.costs.economics;

import org.springframework.modulith.NamedInterface;
