package app.breakeven.api;

import app.breakeven.base.web.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code permits} JSON API requests run at once (by default one a core); the rest
 * wait their turn, first come first served. Without it, fifty integrations calling in a loop
 * take every core, and the people moving sliders wait behind them: on a 2-core machine a slider
 * step's p95 went from 20 ms to 1.6 s (scripts/load.sh). A request that waits longer than
 * {@code maxWait} gets 503 with Retry-After instead of a hang.
 */
class ApiConcurrencyFilter extends OncePerRequestFilter {

    static final String BUSY = "The API is busy; retry in a second";

    private final Semaphore permits;
    private final Duration maxWait;

    ApiConcurrencyFilter(int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("breakeven.api.concurrency must be at least 1, was " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader("Retry-After", "1");
            ProblemResponse.write(response, HttpStatus.SERVICE_UNAVAILABLE, BUSY);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
