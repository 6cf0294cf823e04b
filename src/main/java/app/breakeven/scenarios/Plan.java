package app.breakeven.scenarios;

import app.breakeven.costs.CostProfile;
import app.breakeven.costs.Evaluation;

/**
 * Inputs, the cost profile built from them and their evaluation at the input volume.
 *
 * @param hardware the deployment priced: the article's tier or a sized replica, with why a
 *                 sized scenario fell back to the tier
 */
public record Plan(ScenarioInputs inputs, CostProfile profile, Evaluation evaluation, SizedHardware hardware) {}
