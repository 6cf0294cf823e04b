/**
 * The planner's screens: the dashboard, the scenario studio and its panels, the list and
 * the comparison. Published, for views of other modules that show a scenario (the board
 * link): the headline, volume input, chart builders and texts, and {@link
 * app.breakeven.scenarios.ui.StudioExtension}, through which other modules add panels.
 */
@NamedInterface("ui")
package app.breakeven.scenarios.ui;

import org.springframework.modulith.NamedInterface;
