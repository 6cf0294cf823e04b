package app.breakeven.base.ui;

import app.breakeven.security.AccountService;
import app.breakeven.security.InvalidAccountException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The shell: the product's name, the top-level navigation and who is signed in, above every view. */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final AccountService accounts;

    public MainLayout(AuthenticationContext authentication, AccountService accounts) {
        this.accounts = accounts;
        addClassName("main-layout");
        var brand = new Anchor("", "Breakeven");
        brand.addClassName("brand");
        var nav = new Nav(link("Planner", ""), link("Scenarios", "scenarios"), link("Compare", "compare"),
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
            var password = new Button("Password", e -> changePassword());
            password.setId("change-password");
            password.addThemeVariants(ButtonVariant.TERTIARY);
            var signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            user.add(who, password, signOut);
        });
        var bar = new Div(brand, nav, user);
        bar.addClassName("main-bar");
        add(bar);
    }

    private void changePassword() {
        var dialog = new Dialog();
        dialog.setId("password-dialog");
        dialog.setHeaderTitle("Change your password");
        var current = new PasswordField("Current password");
        current.setId("password-current");
        var next = new PasswordField("New password (at least " + AccountService.MIN_PASSWORD_LENGTH + " characters)");
        next.setId("password-new");
        next.setWidthFull();
        var save = new Button("Change password", e -> {
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                dialog.close();
                Notification.show("Your password is changed.");
            } catch (InvalidAccountException ex) {
                next.setErrorMessage(ex.getMessage());
                next.setInvalid(true);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(current, next);
        form.addClassName("item-form");
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static Anchor link(String text, String href) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
