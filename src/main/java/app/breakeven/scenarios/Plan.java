package app.breakeven.scenarios;

import app.breakeven.costs.CostProfile;
import app.breakeven.costs.Evaluation;

/** Inputs, the cost profile built from them and their evaluation at the input volume. */
public record Plan(ScenarioInputs inputs, CostProfile profile, Evaluation evaluation) {}
