package app.breakeven.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.dom.DisabledUpdateMode;

/**
 * A place far down a long page for content the user reaches by scrolling. It holds the
 * content's room and stays empty until the page scrolls within {@link #MARGIN} of it; then the
 * content is put on the page. The page's first drawing is what the user can see.
 * <p>
 * The content is a component like any other on the server: it takes its data whether shown or
 * not, so what it shows when it arrives is current.
 */
public class ShownNearView extends Div {

    /** How far outside the window the place counts as near: about a screen of scrolling. */
    static final String MARGIN = "900px";

    private static final String WATCH = """
            const place = this;
            const watch = new IntersectionObserver((entries) => {
              if (entries.some((e) => e.isIntersecting)) {
                watch.disconnect();
                place.$server.near();
              }
            }, { rootMargin: $0 + ' 0px' });
            watch.observe(place);
            """;

    private final Component content;
    private boolean shown;

    /**
     * @param content what the place shows once near
     * @param room    the height held until then, a CSS length near the content's own
     */
    public ShownNearView(Component content, String room) {
        this.content = content;
        getStyle().set("min-height", room);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!shown) {
            getElement().executeJs(WATCH, MARGIN);
        }
    }

    /**
     * The page scrolled near. Heard under a dialog and in a disabled form too: the browser asks
     * only once, and showing the content changes nothing the user entered.
     */
    @AllowInert
    @ClientCallable(DisabledUpdateMode.ALWAYS)
    void near() {
        show();
    }

    /** Puts the content on the page now. */
    public void show() {
        if (!shown) {
            shown = true;
            getStyle().remove("min-height");
            add(content);
        }
    }

    /** Whether the content is on the page. */
    public boolean shown() {
        return shown;
    }
}
