package app.breakeven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted by another site's page, which could otherwise sign a visitor's
 * browser into an account of the other site's choosing, before the throttle or any password
 * is involved. The {@code Origin} header says where the form was, or the {@code Referer}
 * when a browser sends no Origin; a request with neither comes from no web page (a script,
 * curl) and passes. "This site" is the request's own scheme, host and port, which reflect
 * {@code X-Forwarded-*} only where the app is told to trust them
 * ({@code server.forward-headers-strategy}).
 */
class SignInOriginFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        if (from == null || sameOrigin(from, request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Sign in on this site's own login page.".getBytes(StandardCharsets.UTF_8));
    }

    static boolean sameOrigin(String url, HttpServletRequest request) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null
                    && uri.getHost() != null
                    && uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        if (port >= 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
