package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cascade a scenario routes through: two or three models, cheapest first, and the share of
 * requests each escalates to the next. Saved with the scenario, duplicated, compared and frozen
 * in share links.
 *
 * @param models          two or three model names, each at most once
 * @param escalationRates one fewer than the models, each from 0 to 1
 */
public record RoutingChoice(List<String> models, List<Double> escalationRates) {

    /** The article's example: GLM-4-9B first, 36% escalated to DeepSeek V4 Flash. */
    public static final RoutingChoice ARTICLE =
            new RoutingChoice(List.of("GLM-4-9B", "DeepSeek V4 Flash"), List.of(0.36));

    /** Why a model cannot come twice: each step hands unsure requests to a different model. */
    static final String TWICE = "is already in the cascade: choose a different model";

    public RoutingChoice {
        models = models == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(models));
        escalationRates = escalationRates == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(escalationRates));
    }

    /**
     * The problems with this cascade, each naming its field ("models[1]", "escalationRates[0]");
     * with a null catalogue the names are not looked up.
     */
    public List<InputProblem> problems(Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>();
        if (models.size() < 2 || models.size() > 3 || escalationRates.size() != models.size() - 1) {
            problems.add(new InputProblem("models", "a cascade takes two or three models"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i);
            if (model == null
                    || model.contains("|")
                    || (catalogue != null && catalogue.model(model).isEmpty())) {
                problems.add(new InputProblem("models[" + i + "]", "choose a model from the catalogue"));
            } else if (!seen.add(model.toLowerCase(Locale.ROOT))) {
                problems.add(new InputProblem("models[" + i + "]", "'" + model + "' " + TWICE));
            }
        }
        for (int i = 0; i < escalationRates.size(); i++) {
            Double rate = escalationRates.get(i);
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                problems.add(new InputProblem("escalationRates[" + i + "]", "must be from 0% to 100%"));
            }
        }
        return problems;
    }

    /** "GLM-4-9B, 36% escalated to DeepSeek V4 Flash". */
    public String describe() {
        StringBuilder text = new StringBuilder(models.isEmpty() ? "" : models.getFirst());
        for (int i = 1; i < models.size(); i++) {
            double rate = i - 1 < escalationRates.size() && escalationRates.get(i - 1) != null
                    ? escalationRates.get(i - 1)
                    : Double.NaN;
            text.append(", ")
                    .append(app.breakeven.base.Formats.percent(rate))
                    .append(" escalated to ")
                    .append(models.get(i));
        }
        return text.toString();
    }
}
