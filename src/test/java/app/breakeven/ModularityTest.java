package app.breakeven;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module: no cycles between modules, and no module reaches
 * into another's internals (its sub-packages, unless they are a named interface).
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_have_no_cycles_and_use_only_each_others_published_types() {
        MODULES.verify();
    }
}
