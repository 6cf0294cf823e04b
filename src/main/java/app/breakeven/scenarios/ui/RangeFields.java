package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.Percent;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.Role;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.UncertaintyChoice;
import app.breakeven.scenarios.UncertaintyChoice.RangeChoice;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertainty panel's inputs: a row an uncertain input (its likely value, then low, high
 * and shape; blank keeps the catalogue's range, shown as the placeholder, or none), and the
 * draws and seed. Shares are typed in percent.
 */
class RangeFields extends Div {

    final Map<String, Row> rows = new LinkedHashMap<>();
    final IntegerField draws = new IntegerField("Draws");
    final TextField seed = new TextField("Seed");
    private final Div list = new Div();
    private final ProgrammaticChange programmatic = new ProgrammaticChange();
    private Runnable onChange = () -> {};

    /** One input's fields. */
    static final class Row extends Div {
        Factor factor;
        final Span likely = new Span();
        final NumberField low = new NumberField();
        final NumberField high = new NumberField();
        final Select<Shape> shape = new Select<>();

        Row(Factor factor) {
            addClassName("range-row");
            setId("range-" + factor.key().replaceAll("[^A-Za-z0-9]", "-"));
            var label = new Span(factor.label());
            label.addClassName("range-label");
            likely.addClassName("range-likely");
            update(factor);
            low.setAriaLabel(factor.label() + ": low");
            high.setAriaLabel(factor.label() + ": high");
            shape.setItems(
                    factor.role().logNormalFits() ? List.of(Shape.values()) : List.of(Shape.TRIANGULAR, Shape.UNIFORM));
            shape.setItemLabelGenerator(Shape::label);
            shape.setValue(Shape.TRIANGULAR);
            shape.setAriaLabel(factor.label() + ": shape");
            add(label, likely, low, high, shape);
        }

        /** The likely value and the default range as placeholders. */
        void update(Factor value) {
            this.factor = value;
            likely.setText("likely " + shown(value.role(), value.range().likely()));
            low.setPlaceholder(shown(value.role(), value.range().low()));
            high.setPlaceholder(shown(value.role(), value.range().high()));
        }
    }

    RangeFields() {
        setId("uncertainty-ranges");
        draws.setId("uncertainty-draws");
        draws.setMin(1_000);
        draws.setMax(100_000);
        draws.setStep(1_000);
        seed.setId("uncertainty-seed");
        seed.setAllowedCharPattern("[0-9-]");
        draws.addValueChangeListener(e -> changed());
        seed.addValueChangeListener(e -> changed());
        var run = new Div(draws, seed);
        run.addClassName("pair");
        add(list, run);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        if (!programmatic.active()) {
            onChange.run();
        }
    }

    /** Rows for these inputs, filled from the choice; the rows are rebuilt only when the inputs change. */
    void show(List<Factor> factors, UncertaintyChoice choice) {
        programmatic.run(() -> {
            if (!List.copyOf(rows.keySet()).equals(keys(factors))) {
                rows.clear();
                list.removeAll();
                for (Factor factor : factors) {
                    Row row = new Row(factor);
                    row.low.addValueChangeListener(e -> changed());
                    row.high.addValueChangeListener(e -> changed());
                    row.shape.addValueChangeListener(e -> changed());
                    rows.put(factor.key(), row);
                    list.add(row);
                }
            }
            factors.forEach(f -> rows.get(f.key()).update(f));
            for (Row row : rows.values()) {
                var range = choice.range(row.factor.key());
                row.low.setValue(
                        range.map(r -> typed(row.factor.role(), r.low())).orElse(null));
                row.high.setValue(
                        range.map(r -> typed(row.factor.role(), r.high())).orElse(null));
                row.shape.setValue(range.map(RangeChoice::shape).orElse(Shape.TRIANGULAR));
            }
            draws.setValue(choice.draws());
            seed.setValue(String.valueOf(choice.seed()));
        });
    }

    private static List<String> keys(List<Factor> factors) {
        return factors.stream().map(Factor::key).toList();
    }

    /**
     * The choice as the fields hold it: a row with both ends blank has no range of its own; the
     * ranges of inputs the rows do not show are kept from {@code base}.
     */
    UncertaintyChoice read(UncertaintyChoice base) {
        // Ranges of inputs not shown (the other model's) are kept as they are.
        List<RangeChoice> ranges = new ArrayList<>(
                base.ranges().stream().filter(r -> !rows.containsKey(r.input())).toList());
        for (Row row : rows.values()) {
            Double low = row.low.getValue();
            Double high = row.high.getValue();
            if (low == null && high == null) {
                continue;
            }
            Role role = row.factor.role();
            ranges.add(new RangeChoice(
                    row.factor.key(),
                    low == null ? Double.NaN : model(role, low),
                    high == null ? Double.NaN : model(role, high),
                    row.shape.getValue() == null ? Shape.TRIANGULAR : row.shape.getValue()));
        }
        Integer n = draws.getValue();
        long s;
        try {
            s = Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            s = base.seed();
            seed.setInvalid(true);
            seed.setErrorMessage("Enter a whole number");
        }
        return new UncertaintyChoice(ranges, n == null ? 0 : n, s);
    }

    /** Whether the problem is about a range or the draws, shown on these fields. */
    static boolean owns(InputProblem problem) {
        return problem.field().startsWith("ranges.") || problem.field().equals("draws");
    }

    /** Shows each problem beside its field; returns those that are not about ranges or draws. */
    List<InputProblem> showProblems(List<InputProblem> problems) {
        clearProblems();
        List<InputProblem> rest = new ArrayList<>();
        for (InputProblem p : problems) {
            Row row = p.field().startsWith("ranges.") ? rows.get(p.field().substring("ranges.".length())) : null;
            if (row != null) {
                row.low.setErrorMessage(p.message());
                row.low.setInvalid(true);
            } else if (p.field().equals("draws")) {
                draws.setErrorMessage("Draws " + p.message());
                draws.setInvalid(true);
            } else {
                rest.add(p);
            }
        }
        return rest;
    }

    void clearProblems() {
        rows.values().forEach(r -> {
            r.low.setInvalid(false);
            r.low.setErrorMessage(null);
        });
        draws.setInvalid(false);
        seed.setInvalid(false);
    }

    private static boolean percent(Role role) {
        return role == Role.GROWTH || role == Role.UTILIZATION || role == Role.ENGINEERING_SHARE;
    }

    /** A percent as typed: 0.07 is 7 ({@link Percent}, exact both ways). */
    private static double typed(Role role, double value) {
        return percent(role) ? Percent.of(value) : value;
    }

    private static double model(Role role, double value) {
        return percent(role) ? Percent.share(value) : value;
    }

    static String shown(Role role, double value) {
        if (percent(role)) {
            return Formats.percent(value);
        }
        return switch (role) {
            case VOLUME -> Formats.tokens(value);
            case THROUGHPUT, PEAK_FACTOR -> String.format(java.util.Locale.ROOT, "%,.4g", value);
            default -> Formats.dollars(value);
        };
    }
}
