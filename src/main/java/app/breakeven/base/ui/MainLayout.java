package app.breakeven.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;

/** The shell: the product's name and the top-level navigation above every view. */
public class MainLayout extends Div implements RouterLayout {

    public MainLayout() {
        addClassName("main-layout");
        var brand = new Anchor("", "Breakeven");
        brand.addClassName("brand");
        var nav = new Nav(link("Planner", ""), link("Scenarios", "scenarios"), link("Compare", "compare"),
                link("Catalogue", "catalogue"));
        nav.addClassName("main-nav");
        var bar = new Div(brand, nav, new Span());
        bar.addClassName("main-bar");
        add(bar);
    }

    private static Anchor link(String text, String href) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
