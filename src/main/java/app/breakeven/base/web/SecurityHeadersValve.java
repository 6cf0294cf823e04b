package app.breakeven.base.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites, and a
 * content security policy as strict as Vaadin allows: its bootstrap needs inline scripts,
 * its client runs server-sent JavaScript through {@code new Function} (unsafe-eval) and
 * its components set inline styles; everything else comes from this origin only. A valve
 * on Tomcat's engine rather than a servlet filter, so that the answers Tomcat gives before
 * or instead of the application (a malformed URL, a refused TRACE, the error page it
 * forwards to) carry them too.
 */
class SecurityHeadersValve extends ValveBase {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        getNext().invoke(request, response);
    }
}
