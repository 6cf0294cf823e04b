package app.breakeven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads a signed-in session's account on every request, so an admin's change applies
 * at once: the session of an account that was disabled, deleted or given a new password
 * ends, and changed roles take effect without signing in again. One primary-key read per
 * request.
 */
class AccountRecheckFilter extends OncePerRequestFilter {

    private final AccountLookup accounts;

    AccountRecheckFilter(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<AccountPrincipal> current = accounts.current(principal.id());
            if (current.isEmpty() || !current.get().passwordChangedAt().equals(principal.passwordChangedAt())) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.get().roles().equals(principal.roles())) {
                current.get().eraseCredentials();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        current.get(), null, current.get().getAuthorities()));
            }
        }
        chain.doFilter(request, response);
    }
}
