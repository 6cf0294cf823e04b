package app.breakeven.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. A wrong password, an unknown username, a disabled or a locked account all get the
 * same message, so the page never tells a guesser which usernames exist.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Breakeven")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String FAILED_TITLE = "Sign-in failed";
    static final String FAILED_MESSAGE = "Check your username and password and try again. "
            + "After repeated failures an account is locked for 15 minutes.";

    final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Breakeven");
        i18n.getErrorMessage().setTitle(FAILED_TITLE);
        i18n.getErrorMessage().setMessage(FAILED_MESSAGE);
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        var brand = new H1("Breakeven");
        brand.addClassName("login-brand");
        add(brand, new Paragraph("API or self-hosted GPUs: what each costs, and when it flips."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
