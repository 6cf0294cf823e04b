package app.breakeven.base.ui;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * One move of an input on a screen (a slider, a typed figure, a choice), measured for the
 * metrics: it counts as {@code breakeven.recomputations} and its recomputation is timed as
 * {@code breakeven.engine}, both tagged with the screen and whether the inputs were valid.
 * Used around the code that validates and recomputes:
 * <pre>
 * try (var change = InputChange.on("studio")) {
 *     ... compute; on refused inputs: change.refused(); ...
 * }
 * </pre>
 * It records to Micrometer's global registry, to which Spring Boot adds its own.
 */
public final class InputChange implements AutoCloseable {

    private final String screen;
    private final Timer.Sample sample;
    private boolean valid = true;

    private InputChange(String screen) {
        this.screen = screen;
        this.sample = Timer.start(Metrics.globalRegistry);
    }

    /** A change starting now on the named screen ("dashboard", "studio", "board"). */
    public static InputChange on(String screen) {
        return new InputChange(screen);
    }

    /** The inputs were refused: the change showed problems and computed nothing new. */
    public void refused() {
        valid = false;
    }

    @Override
    public void close() {
        String outcome = valid ? "valid" : "refused";
        sample.stop(Timer.builder("breakeven.engine")
                .description("Time to validate a screen's inputs and recompute its figures")
                .publishPercentileHistogram()
                .tags("screen", screen, "outcome", outcome)
                .register(Metrics.globalRegistry));
        Counter.builder("breakeven.recomputations")
                .description("Recomputations of a screen: its first draw and every slider move, typed figure or choice")
                .tags("screen", screen, "outcome", outcome)
                .register(Metrics.globalRegistry)
                .increment();
    }
}
