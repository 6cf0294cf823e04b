package app.breakeven.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a step of a test as another account, or as nobody, then puts the test's own sign-in back. */
@Component
public class SignIn {

    private final UserDetailsService users;

    SignIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> step) {
        var user = users.loadUserByUsername(username);
        return with(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), step);
    }

    public void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    public <T> T anonymous(Supplier<T> step) {
        return with(null, step);
    }

    private static <T> T with(org.springframework.security.core.Authentication authentication, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
