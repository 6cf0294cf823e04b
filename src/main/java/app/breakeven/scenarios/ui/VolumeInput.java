package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
    static final String ERROR = "Enter 100K to 10B tokens a day, such as 50M";

    final DecimalSlider slider;
    final TextField field = new TextField(DashboardText.VOLUME_FIELD);
    final Span message = new Span();
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
        // The field's message shows on a line of its own under both, kept free for it, so a
        // bad volume changes nothing around it: the 7.5em field would wrap it over four lines.
        message.addClassName("slider-message");
        message.getElement().setAttribute("aria-live", "polite");
        add(slider, field, message);
        speakVolume();

        slider.addValueChangeListener(e -> {
            if (!writing.active() && e.getValue() != null) {
                double volume = round(Math.pow(10, e.getValue()));
                slider.getElement().removeAttribute("data-volume");
                slider.getElement().removeAttribute("data-position");
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
            pin(volume.getAsDouble());
            value = volume.getAsDouble();
            listener.accept(volume.getAsDouble());
        });
    }

    /**
     * The slider moves over log10 of the volume; its bubble and what a screen reader hears
     * (aria-valuetext) say the volume instead: "50M", "50M tokens a day". Done in the browser
     * on every input, after the slider's own rendering, with the charts' number style and
     * the same three significant digits as the field.
     */
    private void speakVolume() {
        slider.getElement().executeJs("""
                        const slider = this;
                        const text = (position) => {
                          const volume = Number(Math.pow(10, position).toPrecision(3));
                          const chart = customElements.get('breakeven-chart');
                          return chart ? chart.format('tokens', volume) : String(volume);
                        };
                        const speak = (tries = 0) => requestAnimationFrame(() => {
                          const input = slider.querySelector('input[type=range]');
                          if (!input || input.value === '') {
                            // The slider draws its input after it attaches: look again next frame.
                            if (tries < 120) {
                              speak(tries + 1);
                            }
                            return;
                          }
                          // A volume the page set says itself; a slider position, its rounded volume.
                          const exact = slider.dataset.position !== undefined
                              && Number(slider.dataset.position) === Number(input.value);
                          const shown = exact ? slider.dataset.volume : text(Number(input.value));
                          input.setAttribute('aria-valuetext', shown + ' tokens a day');
                          // Only the text node's data: the slider's template keeps its own markers.
                          const bubble = slider.querySelector('vaadin-slider-bubble');
                          const node = bubble && [...bubble.childNodes].find(
                              (n) => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '');
                          if (node && node.data !== shown) {
                            node.data = shown;
                          }
                        });
                        ['input', 'change', 'value-changed', 'focusin', 'pointerenter'].forEach(
                            (type) => slider.addEventListener(type, () => speak()));
                        // The charts bring the number style: speak again once one has it.
                        window.addEventListener('breakeven-number-styles', () => speak());
                        customElements.whenDefined('breakeven-chart').then(() => speak());
                        speak();
                        """);
    }

    /** The slider's bubble says this volume while the slider stays where it was put for it. */
    private void pin(double volume) {
        slider.getElement().setAttribute("data-volume", Formats.tokens(volume));
        slider.getElement()
                .setAttribute(
                        "data-position", String.valueOf(position(Math.min(Math.max(volume, MIN_VOLUME), MAX_VOLUME))));
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
        pin(volume);
        writing.run(() -> {
            slider.setValue(position(Math.min(Math.max(volume, MIN_VOLUME), MAX_VOLUME)));
            field.setValue(Formats.tokens(volume));
        });
        clearError();
    }

    public void showError(String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        message.setText(text);
    }

    void clearError() {
        field.setInvalid(false);
        field.setErrorMessage(null);
        message.setText("");
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
