package app.breakeven.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShownNearViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The scripts the next answer to the browser runs. */
    private static java.util.List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> scripts() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations();
    }

    @Test
    void the_content_waits_off_the_page_holding_its_room_until_the_page_scrolls_near() {
        var content = new Span("far down");
        var place = new ShownNearView(content, "28em");
        UI.getCurrent().add(place);

        assertThat(content.getParent()).as("not on the page yet").isEmpty();
        assertThat(place.getStyle().get("min-height")).isEqualTo("28em");
        assertThat(place.shown()).isFalse();
        assertThat(scripts())
                .as("the browser watches the place")
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression())
                        .contains("new IntersectionObserver")
                        .contains("$server.near()"));

        place.near();

        assertThat(content.getParent()).contains(place);
        assertThat(place.getStyle().get("min-height"))
                .as("the content takes its own room")
                .isNull();
        assertThat(place.shown()).isTrue();
    }

    @Test
    void a_place_shown_is_not_watched_again_when_attached_again() {
        var place = new ShownNearView(new Span("far down"), "10em");
        place.show();
        UI.getCurrent().add(place);

        assertThat(scripts())
                .noneSatisfy(
                        js -> assertThat(js.getInvocation().getExpression()).contains("IntersectionObserver"));
    }
}
