package app.breakeven.security;

import app.breakeven.base.web.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Turns a database outage during sign-in into an authentication failure of its own, so the
 * failure handler can say the service is unavailable. Otherwise the data-access exception
 * escapes the login filter and ends on the error page, which sends the user back to the
 * login page with no message at all.
 */
class OutageAwareAuthentication implements AuthenticationProvider {

    /** The sign-in could not be checked: the database is out. */
    static final class DatabaseUnavailableException extends InternalAuthenticationServiceException {
        DatabaseUnavailableException(Throwable cause) {
            super(DatabaseOutage.MESSAGE, cause);
        }
    }

    private final AuthenticationProvider delegate;
    private final DatabaseOutage outage;

    OutageAwareAuthentication(AuthenticationProvider delegate, DatabaseOutage outage) {
        this.delegate = delegate;
        this.outage = outage;
    }

    /** The provider that checks passwords, for tests that count its comparisons. */
    AuthenticationProvider delegate() {
        return delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return delegate.authenticate(authentication);
        } catch (RuntimeException e) {
            boolean refusal =
                    e instanceof AuthenticationException && !(e instanceof InternalAuthenticationServiceException);
            if (!refusal && outage.explains(e)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
