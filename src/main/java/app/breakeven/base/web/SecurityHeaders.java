package app.breakeven.base.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link SecurityHeadersValve} first on Tomcat's engine, ahead of every host, context and filter. */
@Component
class SecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new SecurityHeadersValve());
    }
}
