package app.breakeven.api;

import app.breakeven.base.web.DatabaseOutage;
import app.breakeven.base.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * What the JSON API answers before, or instead of, its controllers: a turn for each request
 * (at most one running a core), 503 while the database is out, 413 for a body above 64 KB, 404 for a path it does not have, and problem details
 * for what Spring MVC refuses on the way to a controller. Sign-in still comes first for
 * paths: an anonymous caller of an unknown path gets 401, so the API does not tell strangers
 * which paths exist.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    private static final String PATHS = "/api/*";

    static boolean isApi(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * First of all: a request waits for its turn before anything else runs for it, sign-in
     * included. {@code breakeven.api.concurrency} (default: the number of cores) requests run at
     * once; one that waits {@code breakeven.api.max-wait} (default 10 s) gets 503.
     */
    @Bean
    FilterRegistrationBean<ApiConcurrencyFilter> apiConcurrencyFilter(
            @Value("${breakeven.api.concurrency:0}") int concurrency,
            @Value("${breakeven.api.max-wait:10s}") Duration maxWait) {
        int permits = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
        var registration = new FilterRegistrationBean<>(new ApiConcurrencyFilter(permits, maxWait));
        registration.addUrlPatterns(PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(outage));
        registration.addUrlPatterns(PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    /** Before the security filters too: an oversized body is refused without a database look-up. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter() {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter());
        registration.addUrlPatterns(PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * Unknown API paths, after the controllers' mapping (so a known path with the wrong
     * method still gets 405) and before Vaadin's catch-all, which would answer with the app
     * page and a session.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPaths() {
        HttpRequestHandler notFound = (request, response) ->
                ProblemResponse.write(response, HttpStatus.NOT_FOUND, "The API has no such path");
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Bean
    ApiRoutingProblems apiRoutingProblems() {
        return new ApiRoutingProblems();
    }
}
