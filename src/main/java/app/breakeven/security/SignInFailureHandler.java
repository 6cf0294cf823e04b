package app.breakeven.security;

import app.breakeven.security.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page: with the one message every refusal gets,
 * or, when the database could not be reached and nothing was checked, with a message
 * saying so, rather than letting someone believe their password was wrong.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    SignInFailureHandler() {
        super("/" + LoginView.ROUTE + "?" + LoginView.FAILED);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof OutageAwareAuthentication.DatabaseUnavailableException) {
            getRedirectStrategy().sendRedirect(request, response, "/" + LoginView.ROUTE + "?" + LoginView.UNAVAILABLE);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
