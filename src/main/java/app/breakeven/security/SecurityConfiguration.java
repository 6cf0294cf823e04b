package app.breakeven.security;

import app.breakeven.base.web.DatabaseOutage;
import app.breakeven.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Three filter chains. Health, metrics and the other actuator endpoints are served on a
 * management port of their own, bound to the local host (see application.properties): there
 * they are open, for a load balancer's probes and a metrics scraper. Should the management
 * port be set to the app's own port, health stays open (it names no data) and the rest is
 * for admins only. The JSON API answers 401/403 as problem details and accepts a session
 * or an admin-issued bearer token. It takes no CSRF token: it only computes and reads, its
 * POST takes only an application/json body, which a cross-site form cannot send (a script
 * would need a CORS preflight this app never grants), and the session cookie is
 * SameSite=Lax. An endpoint that changes data would need to revisit this. Every other path
 * is Vaadin's: its views say who may open them, and the login view signs in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Username and password sign-in, throttled. The password is checked before whether the
     * account is disabled, so that every attempt costs one BCrypt comparison.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle, DatabaseOutage outage) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        var status = new AccountStatusUserDetailsChecker();
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(status::check);
        return new OutageAwareAuthentication(new ThrottledAuthentication(passwords, throttle, encoder), outage);
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                            .permitAll();
                    if (ownPort) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole(Role.ADMIN.name());
                    }
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, ApiTokenAuthentication tokens, ApiProblemWriter problems, AccountLookup accounts)
            throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterAfter(new AccountRecheckFilter(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "Sign in, or send an API token as 'Authorization: Bearer <token>'"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpServletResponse.SC_FORBIDDEN, "Your account may not do this")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, AccountLookup accounts) throws Exception {
        return http.addFilterAfter(new AccountRecheckFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new SignInOriginFilter(), UsernamePasswordAuthenticationFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                // After Vaadin's configurer, so the login page is its view when form login initialises.
                .formLogin(form -> form.failureHandler(new SignInFailureHandler()))
                .build();
    }
}
