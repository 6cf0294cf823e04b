package app.breakeven.scenarios;

import app.breakeven.costs.Growth;
import java.util.List;

/** A scenario priced now and over its horizon, with its breakdown, ROI and recommendation. */
public record Projection(
        ScenarioDetails details, Plan plan, Growth growth, List<CostLine> breakdown, Roi roi, Decision decision) {}
