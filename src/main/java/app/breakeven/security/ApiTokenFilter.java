package app.breakeven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a JSON API request in by its {@code Authorization: Bearer} token, for that request
 * only. A request with a token that is unknown or revoked is refused outright rather than
 * treated as anonymous, so a broken token is noticed.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthentication tokens;
    private final ApiProblemWriter problems;

    ApiTokenFilter(ApiTokenAuthentication tokens, ApiProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var authentication =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "This API token is not valid");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
