package app.breakeven.api;

import app.breakeven.base.web.DatabaseOutage;
import app.breakeven.base.web.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a JSON API request that could not reach the database with 503 and Retry-After.
 * It wraps the security filters because their token lookup and account re-check are the
 * first to reach the database: without it an integration would get the error page's
 * redirect or a bare 403, and read it as a bad token.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final DatabaseOutage outage;

    DatabaseOutageFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !outage.explains(e)) {
                throw e;
            }
            LOG.warn(
                    "Answered 503 to {} {}: the database cannot be reached ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            ProblemResponse.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        }
    }
}
