package app.breakeven.scenarios;

import java.util.List;

/**
 * Break-even tokens a day (mid, full cost) for every model on every tier, with the
 * scenario's other assumptions; {@code volumes[model][tier]}, infinite when not reached, NaN where
 * the model is too large for the tier.
 */
public record BreakEvenMap(List<String> models, List<String> tiers, double[][] volumes) {}
