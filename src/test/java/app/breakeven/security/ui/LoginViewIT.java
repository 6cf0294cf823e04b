package app.breakeven.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The sign-in page, and what it says after a failed attempt, as nobody signed in sees it. */
@PostgresTest
class LoginViewIT {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @BeforeEach
    void startUi() {
        SignedInUi.setup(context);
    }

    @AfterEach
    void stopUi() {
        SignedInUi.tearDown();
    }

    private LoginView open(String... flags) {
        UI.getCurrent()
                .navigate(
                        "login",
                        QueryParameters.simple(Arrays.stream(flags).collect(Collectors.toMap(f -> f, f -> ""))));
        return _get(LoginView.class);
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_sign_in_page_is_this_view_not_spring_securitys_generated_form() throws Exception {
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("window.Vaadin").doesNotContain("Please sign in");
    }

    @Test
    void a_fresh_page_shows_no_error() {
        assertThat(open().form.isError()).isFalse();
    }

    @Test
    void a_wrong_password_gets_the_same_message_as_every_refused_sign_in() {
        var form = open("error").form;

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(LoginView.FAILED_TITLE, LoginView.FAILED_MESSAGE);
    }

    @Test
    void a_sign_in_during_a_database_outage_says_the_service_is_unavailable_not_that_the_password_was_wrong() {
        var form = open("unavailable").form;

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains("Breakeven cannot reach its database right now. Try again in a minute.")
                .doesNotContain(LoginView.FAILED_MESSAGE);
    }
}
