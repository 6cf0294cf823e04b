package app.breakeven.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InputChangeTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void listen() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void stopListening() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void each_change_is_counted_and_timed_by_screen_and_outcome() {
        try (var change = InputChange.on("studio-test")) {
            assertThat(change).isNotNull();
        }
        try (var change = InputChange.on("studio-test")) {
            change.refused();
        }
        try (var change = InputChange.on("studio-test")) {
            assertThat(change).isNotNull();
        }

        // Two valid changes and one refused, each timed once.
        assertThat(registry.get("breakeven.recomputations")
                        .tags("screen", "studio-test", "outcome", "valid")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("breakeven.recomputations")
                        .tags("screen", "studio-test", "outcome", "refused")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("breakeven.engine")
                        .tags("screen", "studio-test", "outcome", "valid")
                        .timer()
                        .count())
                .isEqualTo(2);
    }
}
