package app.breakeven.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place a failure in a view turns into a message: a refused operation says so
 * plainly (the services refuse what an account may not do, whatever the screen showed);
 * anything else is logged and reported without details.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    static final String REFUSED = "Your account may not do this";
    static final String FAILED = "Something went wrong. Nothing was changed; try again, or reload the page.";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = error.getThrowable();
                    while (cause != null && !(cause instanceof AccessDeniedException)) {
                        cause = cause.getCause();
                    }
                    String text;
                    if (cause != null) {
                        LOG.info("Refused: {}", cause.getMessage());
                        text = REFUSED
                                + (cause.getMessage() == null
                                                || cause.getMessage().startsWith("Access Denied")
                                        ? "."
                                        : ": " + cause.getMessage());
                    } else {
                        LOG.error("Unexpected failure in a view", error.getThrowable());
                        text = FAILED;
                    }
                    if (VaadinSession.getCurrent() != null && com.vaadin.flow.component.UI.getCurrent() != null) {
                        Notification.show(text, 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.ERROR);
                    }
                }));
    }
}
