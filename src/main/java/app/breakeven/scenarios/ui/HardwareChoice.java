package app.breakeven.scenarios.ui;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.sizing.Precision;
import app.breakeven.scenarios.SizingChoice;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the self-host side gets its hardware: the article's tier (the quick estimate that
 * reproduces the article) or a replica sized from the model and a GPU, with the weight and
 * KV-cache formats, the context a sequence holds and the sequences a replica serves. The
 * sizing fields show only in the sized mode. A missing number reaches the planner as 0, so
 * the server's validation names it beside its field.
 */
class HardwareChoice extends Div {

    enum Mode {
        ARTICLE("Article tier (quick estimate)"),
        SIZED("Sized from the model and a GPU");

        private final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    static final String MODE = "Self-host hardware";
    static final String GPU = "GPU type";
    static final String WEIGHTS = "Weights";
    static final String KV_CACHE = "KV cache";
    static final String CONTEXT = "Context (tokens)";
    static final String CONCURRENCY = "Sequences at once";
    /** The GPU a first switch to the sized mode proposes, when the catalogue has it. */
    static final String PROPOSED_GPU = "H100 80GB SXM";

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>(MODE);
    /** The sizing fields, built the first time the sized mode shows. */
    private Sizing sizing;

    private final Catalogue catalogue;
    private Runnable listener = () -> {};
    private Supplier<ModelPrice> model = () -> null;
    private final ProgrammaticChange writing = new ProgrammaticChange();
    /** Where the server's problems show; the sizing fields join it when they are built. */
    private FieldProblems problems;

    /**
     * The sized mode's fields. Most sessions stay on the article's tier, and fields built but
     * hidden stay in every session's memory with the changes the browser has not been sent:
     * about 20 state nodes.
     */
    final class Sizing extends Div {
        final ComboBox<GpuType> gpu = new ComboBox<>(GPU);
        final Select<Precision> weights = new Select<>();
        final Select<Precision> kvCache = new Select<>();
        final IntegerField context = new IntegerField(CONTEXT);
        final IntegerField concurrency = new IntegerField(CONCURRENCY);

        private Sizing() {
            setId("sizing-fields");
            gpu.setId("gpu");
            gpu.setWidthFull();
            context.setHelperText("a prompt and its answer");
            concurrency.setHelperText("on one replica");
            gpu.setItems(catalogue.gpus());
            gpu.setItemLabelGenerator(g ->
                    g.getName() + " · " + g.getMemoryGb() + " GB" + (g.hasRentalPrice() ? "" : " · no rental price"));
            weights.setId("weights");
            weights.setLabel(WEIGHTS);
            weights.setItems(List.of(Precision.values()));
            kvCache.setId("kv-cache");
            kvCache.setLabel(KV_CACHE);
            kvCache.setItems(List.of(Precision.values()));
            context.setId("context-tokens");
            concurrency.setId("concurrency");
            var formats = new Div(weights, kvCache);
            formats.addClassName("pair");
            var load = new Div(context, concurrency);
            load.addClassName("pair");
            add(gpu, formats, load);
            gpu.addValueChangeListener(e -> changed());
            weights.addValueChangeListener(e -> changed());
            kvCache.addValueChangeListener(e -> changed());
            context.addValueChangeListener(e -> changed());
            concurrency.addValueChangeListener(e -> changed());
        }

        private FieldProblems register(FieldProblems problems) {
            return problems.field("gpu", gpu)
                    .field("weights", weights)
                    .field("kvCache", kvCache)
                    .field("contextTokens", context)
                    .field("concurrency", concurrency);
        }
    }

    HardwareChoice(Catalogue catalogue) {
        this.catalogue = catalogue;
        setId("hardware-choice");
        mode.setId("hardware-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        add(mode);

        mode.addValueChangeListener(e -> {
            if (!writing.active()) {
                if (e.getValue() == Mode.SIZED && sizing().gpu.getValue() == null) {
                    propose();
                }
                showSizing(e.getValue() == Mode.SIZED);
                listener.run();
            }
        });
        show(null);
    }

    /** The sizing fields; built, and put in the page hidden, on first use. */
    Sizing sizing() {
        if (sizing == null) {
            sizing = new Sizing();
            sizing.setVisible(false);
            add(sizing);
            if (problems != null) {
                sizing.register(problems);
            }
        }
        return sizing;
    }

    private void showSizing(boolean shown) {
        if (shown || sizing != null) {
            sizing().setVisible(shown);
        }
    }

    /** Called after each change the user makes, not after {@link #show}. */
    void onChange(Runnable listener) {
        this.listener = listener;
    }

    /** The model chosen, whose published format a first switch to the sized mode proposes. */
    void modelFrom(Supplier<ModelPrice> chosen) {
        this.model = chosen;
    }

    /** The choice as the fields hold it; null for the article's tier. */
    SizingChoice value() {
        if (mode.getValue() != Mode.SIZED) {
            return null;
        }
        Sizing f = sizing();
        return new SizingChoice(
                f.gpu.getValue() == null ? null : f.gpu.getValue().getName(),
                f.weights.getValue(),
                f.kvCache.getValue(),
                f.context.getValue() == null ? 0 : f.context.getValue(),
                f.concurrency.getValue() == null ? 0 : f.concurrency.getValue());
    }

    /** Puts a choice into the fields without treating that as the user's input. */
    void show(SizingChoice choice) {
        writing.run(() -> {
            mode.setValue(choice == null ? Mode.ARTICLE : Mode.SIZED);
            showSizing(choice != null);
            if (choice != null) {
                Sizing f = sizing();
                f.gpu.setValue(catalogue.gpu(choice.gpu()).orElse(null));
                f.weights.setValue(choice.weights());
                f.kvCache.setValue(choice.kvCache());
                f.context.setValue(choice.contextTokens());
                f.concurrency.setValue(choice.concurrency());
            }
        });
    }

    /** Where the server's problems with the sizing fields show. */
    FieldProblems register(FieldProblems problems) {
        this.problems = problems;
        return sizing == null ? problems : sizing.register(problems);
    }

    private void propose() {
        Sizing f = sizing();
        writing.run(() -> {
            f.gpu.setValue(catalogue
                    .gpu(PROPOSED_GPU)
                    .orElse(catalogue.gpus().isEmpty() ? null : catalogue.gpus().getFirst()));
            // The format the weights are published in, as the API defaults; BF16 when not known.
            ModelPrice chosen = model.get();
            f.weights.setValue(
                    chosen == null || chosen.getNativePrecision() == null
                            ? Precision.BF16
                            : chosen.getNativePrecision());
            f.kvCache.setValue(Precision.BF16);
            f.context.setValue(SizingChoice.DEFAULT_CONTEXT);
            f.concurrency.setValue(SizingChoice.DEFAULT_CONCURRENCY);
        });
    }

    private void changed() {
        if (!writing.active()) {
            listener.run();
        }
    }
}
