package app.breakeven.security;

import app.breakeven.security.OutageAwareAuthentication.DatabaseUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts password sign-ins as {@code breakeven.sign.ins}, tagged with their outcome:
 * {@code success}, {@code refused} (a wrong password, an unknown, locked or disabled
 * account, or a throttled attempt: all read the same to the person signing in) or
 * {@code unavailable} (the database was out). API token calls are not sign-ins.
 */
@Component
class SignInMetrics {

    private final Counter success;
    private final Counter refused;
    private final Counter unavailable;

    SignInMetrics(MeterRegistry registry) {
        success = counter(registry, "success");
        refused = counter(registry, "refused");
        unavailable = counter(registry, "unavailable");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("breakeven.sign.ins")
                .description("Password sign-ins by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            success.increment();
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof DatabaseUnavailableException) {
            unavailable.increment();
        } else {
            refused.increment();
        }
    }
}
