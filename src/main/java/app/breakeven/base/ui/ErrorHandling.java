package app.breakeven.base.ui;

import app.breakeven.base.web.DatabaseOutage;
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
 * a database outage says the database cannot be reached and to try again (the screen keeps
 * what it showed, and works again once the database is back); anything else is logged and
 * reported without details.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private final DatabaseOutage outage;

    ErrorHandling(DatabaseOutage outage) {
        this.outage = outage;
    }

    static final String REFUSED = "Your account may not do this";
    static final String FAILED = "Something went wrong. Nothing was changed; try again, or reload the page.";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    String text = message(error.getThrowable());
                    if (VaadinSession.getCurrent() != null && com.vaadin.flow.component.UI.getCurrent() != null) {
                        Notification.show(text, 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.ERROR);
                    }
                }));
    }

    /** What the person sees for this failure; logged at the level it deserves. */
    String message(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            LOG.info("Refused: {}", cause.getMessage());
            return REFUSED
                    + (cause.getMessage() == null || cause.getMessage().startsWith("Access Denied")
                            ? "."
                            : ": " + cause.getMessage());
        }
        if (outage.explains(failure)) {
            LOG.warn("The database cannot be reached: {}", failure.toString());
            return DatabaseOutage.MESSAGE;
        }
        LOG.error("Unexpected failure in a view", failure);
        return FAILED;
    }
}
