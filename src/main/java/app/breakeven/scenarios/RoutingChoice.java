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
    private static final String TWICE = "is already in the cascade: choose a different model";

    private static final String SEPARATOR = "|";

    public RoutingChoice {
        models = models == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(models));
        escalationRates = escalationRates == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(escalationRates));
    }

    /**
     * Everything wrong with a scenario's cascade, each naming its field ("models[1]",
     * "escalationRates[0]"): its shape, its rates, a model named twice, and, with a catalogue,
     * a model it does not hold.
     */
    public List<InputProblem> problems(Catalogue catalogue) {
        List<InputProblem> problems = pricingProblems(catalogue);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i);
            if (model != null && !seen.add(model.toLowerCase(Locale.ROOT))) {
                problems.add(new InputProblem("models[" + i + "]", "'" + model + "' " + TWICE));
            }
        }
        return problems;
    }

    /** A scenario's cascade as it is saved, the catalogue not consulted (a model since deleted is no problem). */
    public List<InputProblem> problems() {
        return problems(null);
    }

    /**
     * What stops a cascade being priced at all: two or three models (looked up when a catalogue
     * is given), one rate fewer, each from 0 to 1. A model may come twice here; only a
     * scenario's own cascade is refused that ({@link #problems}).
     */
    public List<InputProblem> pricingProblems(Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>();
        if (models.size() < 2 || models.size() > 3 || escalationRates.size() != models.size() - 1) {
            problems.add(new InputProblem("models", "a cascade takes two or three models"));
        }
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i);
            if (model == null
                    || model.contains(SEPARATOR)
                    || (catalogue != null && catalogue.model(model).isEmpty())) {
                problems.add(new InputProblem("models[" + i + "]", "choose a model from the catalogue"));
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

    /** The models as stored: names joined by "|", which no routed name holds. */
    String storedModels() {
        return String.join(SEPARATOR, models);
    }

    /** The rates as stored: decimals joined by "|". */
    String storedRates() {
        return escalationRates.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(SEPARATOR));
    }

    /** A cascade as stored; none stored (a scenario saved before routing was) routes the article's way. */
    static RoutingChoice stored(String models, String rates) {
        if (models == null || models.isBlank()) {
            return ARTICLE;
        }
        List<Double> parsed = rates == null || rates.isBlank()
                ? List.of()
                : java.util.Arrays.stream(rates.split("\\|"))
                        .map(Double::valueOf)
                        .toList();
        return new RoutingChoice(List.of(models.split("\\|")), parsed);
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
