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
 * same message, so the page never tells a guesser which usernames exist. A sign-in that could
 * not be checked because the database was out says that instead.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in · Breakeven")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "login";
    /** Query parameters the sign-in sends back with: refused, or not checked for a database outage. */
    public static final String FAILED = "error";

    public static final String UNAVAILABLE = "unavailable";

    static final String FAILED_TITLE = "Sign-in failed";
    static final String FAILED_MESSAGE = "Check your username and password and try again. "
            + "After repeated failures an account is locked for 15 minutes.";
    static final String UNAVAILABLE_TITLE = "Breakeven is unavailable";
    static final String UNAVAILABLE_MESSAGE = "Breakeven cannot reach its database right now. Try again in a minute.";

    final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        var brand = new H1("Breakeven");
        brand.addClassName("login-brand");
        add(brand, new Paragraph("API or self-hosted GPUs: what each costs, and when it flips."), form);
    }

    private static LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Breakeven");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean unavailable = parameters.containsKey(UNAVAILABLE);
        form.setI18n(unavailable ? texts(UNAVAILABLE_TITLE, UNAVAILABLE_MESSAGE) : texts(FAILED_TITLE, FAILED_MESSAGE));
        form.setError(unavailable || parameters.containsKey(FAILED));
    }
}
