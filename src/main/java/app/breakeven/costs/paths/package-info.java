/**
 * Three paths (API, rented, owned) as piecewise cost functions of monthly tokens, the cheapest
 * option at every volume and the exact crossovers between paths, solved band by band on the
 * same functions the chart draws, so the text and the chart never disagree. "Not reached" is
 * said only when every band up to the searched maximum was examined; when a search budget runs
 * out first the answer is "not verified".
 *
 * <p>Plain Java like the rest of the cost engine. Published to the other modules as the named
 * interface "paths".
 */
@NamedInterface("paths")
package app.breakeven.costs.paths;

import org.springframework.modulith.NamedInterface;
