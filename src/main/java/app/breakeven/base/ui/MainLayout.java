package app.breakeven.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The shell: the product's name, the top-level navigation and who is signed in, above every view. */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    public MainLayout(AuthenticationContext authentication, List<ShellAction> actions) {
        addClassName("main-layout");
        var brand = new Anchor("", "Breakeven");
        brand.addClassName("brand");
        var nav = new Nav(
                link("Planner", ""),
                link("Scenarios", "scenarios"),
                link("Compare", "compare"),
                link("Catalogue", "catalogue"));
        if (authentication.hasRole("ADMIN")) {
            nav.add(link("Accounts", "admin/accounts"));
        }
        nav.addClassName("main-nav");
        var user = new Div();
        user.addClassName("main-user");
        authentication.getPrincipalName().ifPresent(name -> {
            var who = new Span(name);
            who.setId("signed-in-as");
            user.add(who);
            for (ShellAction action : actions) {
                var button = new Button(action.label(), e -> action.run());
                button.setId(action.id());
                button.addThemeVariants(ButtonVariant.TERTIARY);
                user.add(button);
            }
            var signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            user.add(signOut);
        });
        var bar = new Div(brand, nav, user);
        bar.addClassName("main-bar");
        add(bar);
    }

    private static Anchor link(String text, String href) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
