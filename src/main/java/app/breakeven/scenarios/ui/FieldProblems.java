package app.breakeven.scenarios.ui;

import app.breakeven.scenarios.InputProblem;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each problem the server found beside the field it names, and clears them again:
 * one place for the dashboard's and the studio's forms. A problem naming no field here
 * goes beside the fallback field.
 */
final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final HasValidation fallback;

    FieldProblems(HasValidation fallback) {
        this.fallback = fallback;
    }

    /** The field that shows problems with this input name (as {@link InputProblem#field()} gives it). */
    FieldProblems field(String input, HasValidation field) {
        fields.put(input, field);
        return this;
    }

    void show(List<InputProblem> problems) {
        clear();
        for (InputProblem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), fallback);
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
        }
    }

    void clear() {
        for (HasValidation field : fields.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        fallback.setInvalid(false);
        fallback.setErrorMessage(null);
    }
}
