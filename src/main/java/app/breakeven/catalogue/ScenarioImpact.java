package app.breakeven.catalogue;

/**
 * What a catalogue change would do to one saved scenario (mid figures, dollars a month;
 * break-even in tokens a day, infinite when not reached).
 */
public record ScenarioImpact(
        String scenario,
        double apiBefore,
        double apiAfter,
        double selfHostBefore,
        double selfHostAfter,
        double breakEvenBefore,
        double breakEvenAfter) {}
