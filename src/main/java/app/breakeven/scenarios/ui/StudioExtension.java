package app.breakeven.scenarios.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel another module adds to the scenario studio, such as sharing. Spring beans of this
 * type are picked up by the studio, so scenarios need to know nothing of the modules that
 * build on them.
 */
public interface StudioExtension {

    /** A new panel for one studio. */
    Panel create();

    /** One studio's panel. */
    interface Panel {

        Component component();

        /**
         * The studio now shows this saved scenario, which the signed-in planner owns; or
         * {@code null} for a draft or a scenario someone else owns.
         */
        void show(Long ownedScenarioId);
    }
}
