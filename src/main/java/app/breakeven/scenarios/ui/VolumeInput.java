package app.breakeven.scenarios.ui;

import app.breakeven.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.slider.DecimalSlider;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;

/**
 * Tokens a day on a log-scale slider with a typed field beside it ("50M", "1.5B").
 * A typed value out of range gets a message beside the field and reaches no listener.
 */
public class VolumeInput extends Div {

    static final double MIN_VOLUME = 1e5;
    static final double MAX_VOLUME = 1e10;
    static final String ERROR = "Enter a volume from 100K to 10B tokens a day, such as 50M or 1.5B";

    final DecimalSlider slider;
    final TextField field = new TextField(DashboardText.VOLUME_FIELD);
    private DoubleConsumer listener = volume -> {};
    private final ProgrammaticChange writing = new ProgrammaticChange();
    /** The exact volume shown, which the rounded text in the field may not carry. */
    private double value = Double.NaN;

    public VolumeInput(String label) {
        slider = new DecimalSlider(label, Math.log10(MIN_VOLUME), Math.log10(MAX_VOLUME));
        addClassName("slider-row");
        slider.setId("volume-slider");
        slider.setStep(0.01);
        slider.setValueChangeMode(ValueChangeMode.EAGER);
        slider.setWidthFull();
        field.setId("volume-field");
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        add(slider, field);

        slider.addValueChangeListener(e -> {
            if (!writing.active() && e.getValue() != null) {
                double volume = round(Math.pow(10, e.getValue()));
                writing.run(() -> field.setValue(Formats.tokens(volume)));
                clearError();
                value = volume;
                listener.accept(volume);
            }
        });
        field.addValueChangeListener(e -> {
            if (writing.active()) {
                return;
            }
            OptionalDouble volume = Formats.parseTokens(e.getValue());
            if (volume.isEmpty() || volume.getAsDouble() < MIN_VOLUME || volume.getAsDouble() > MAX_VOLUME) {
                showError(ERROR);
                return;
            }
            clearError();
            writing.run(() -> slider.setValue(position(volume.getAsDouble())));
            value = volume.getAsDouble();
            listener.accept(volume.getAsDouble());
        });
    }

    public void onVolume(DoubleConsumer listener) {
        this.listener = listener;
    }

    /** The volume last shown or entered; NaN while the field holds something that is not a volume. */
    double value() {
        return field.isInvalid() ? Double.NaN : value;
    }

    /** Shows a volume without telling the listener. */
    public void show(double volume) {
        value = volume;
        writing.run(() -> {
            slider.setValue(position(Math.min(Math.max(volume, MIN_VOLUME), MAX_VOLUME)));
            field.setValue(Formats.tokens(volume));
        });
        clearError();
    }

    public void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearError() {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    /** The slider position of a volume: log10, on the slider's 0.01 steps. */
    static double position(double volume) {
        return Math.round(Math.log10(volume) * 100) / 100.0;
    }

    /** Three significant digits, so a slider position reads as a round volume. */
    static double round(double volume) {
        return new BigDecimal(volume).round(new MathContext(3)).doubleValue();
    }
}
