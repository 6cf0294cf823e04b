package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.SizingFacts;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The every-model table and the break-even map when the scenario sizes its replica: each model
 * sized on the scenario's GPU (the table) or on every GPU type (the map), with its weight and
 * KV formats, context and concurrency. What does not fit or cannot be priced says so and is
 * never priced; a model whose card lacks a fact falls back to the article's tier for its size
 * in the table, and is left unpriced on the map, whose columns are GPUs.
 */
final class SizedComparisons {

    private SizedComparisons() {}

    static List<ModelCost> compareModels(ScenarioInputs inputs, Catalogue catalogue) {
        SizingFacts facts = catalogue.sizingFacts();
        List<ModelCost> costs = new ArrayList<>();
        for (ModelPrice model : catalogue.models()) {
            var tierLabel =
                    Planner.tierFor(model, catalogue).map(t -> t.getLabel()).orElse(inputs.tier());
            ScenarioInputs mine = inputs.withModel(model.getName()).withTier(tierLabel);
            SizedHardware.Attempt attempt = SizedHardware.attempt(mine, catalogue, facts);
            double api = Planner.profile(mine, catalogue).apiMonthly(mine.tokensPerDay());
            if (attempt.refusal() != null) {
                costs.add(new ModelCost(
                        model.getName(),
                        attempt.doesNotFit() ? "does not fit" : "not priced",
                        model.apiPrice().outputPerMillion(),
                        api,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        attempt.refusal()));
                continue;
            }
            SizedHardware hardware = attempt.hardware();
            CostProfile profile = Planner.profile(mine, catalogue, hardware.tier());
            var e = CostEngine.evaluate(profile, mine.tokensPerDay());
            costs.add(new ModelCost(
                    model.getName(),
                    hardware.replica(),
                    profile.price().outputPerMillion(),
                    e.apiMonthly(),
                    e.selfHostMonthly().low(),
                    e.selfHostMonthly().high(),
                    e.breakEven().mid(),
                    hardware.sized() ? hardware.option().throughput().label() : hardware.fallback()));
        }
        return costs;
    }

    static BreakEvenMap breakEvenMap(ScenarioInputs inputs, Catalogue catalogue) {
        SizingFacts facts = catalogue.sizingFacts();
        List<ModelPrice> models = catalogue.models();
        List<GpuType> gpus = catalogue.gpus();
        SizingChoice choice = inputs.sizing();
        BreakEvenMap.Cell[][] cells = new BreakEvenMap.Cell[models.size()][gpus.size()];
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < gpus.size(); j++) {
                ScenarioInputs cell = inputs.withModel(models.get(i).getName())
                        .withSizing(new SizingChoice(
                                gpus.get(j).getName(),
                                choice.weights(),
                                choice.kvCache(),
                                choice.contextTokens(),
                                choice.concurrency()));
                SizedHardware.Attempt attempt = SizedHardware.attempt(cell, catalogue, facts);
                if (attempt.refusal() != null) {
                    cells[i][j] = BreakEvenMap.Cell.not(
                            attempt.doesNotFit() ? BreakEvenMap.Status.DOES_NOT_FIT : BreakEvenMap.Status.NOT_PRICED,
                            attempt.refusal());
                } else if (!attempt.hardware().sized()) {
                    cells[i][j] = BreakEvenMap.Cell.not(
                            BreakEvenMap.Status.NOT_PRICED, attempt.hardware().fallback());
                } else {
                    SizedHardware hardware = attempt.hardware();
                    CostProfile profile = Planner.profile(cell, catalogue, hardware.tier());
                    cells[i][j] = BreakEvenMap.Cell.priced(
                            profile.breakEven(CostRange.Level.MID, true),
                            hardware.replica() + ", "
                                    + hardware.option().throughput().label());
                }
            }
        }
        return new BreakEvenMap(
                "GPU type (" + choice.weights().displayName() + " weights)",
                models.stream().map(ModelPrice::getName).toList(),
                gpus.stream().map(GpuType::getName).toList(),
                cells);
    }
}
