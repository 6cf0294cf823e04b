package app.breakeven.security;

import app.breakeven.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains. The JSON API answers 401/403 as problem details and accepts a session
 * or an admin-issued bearer token; it needs no CSRF token because it reads only JSON bodies
 * and the session cookie is SameSite=Lax, so no other site can send it with a POST. Every
 * other path is Vaadin's: its views say who may open them, and the login view signs in.
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
     * Checks the password before whether the account is locked or disabled, so that every
     * sign-in costs one BCrypt comparison: a locked account answers no faster than any other
     * and its timing tells nothing. (Spring's default checks the lock first.)
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(status::check);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthentication tokens, ApiProblemWriter problems,
            AccountLookup accounts) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterAfter(new AccountRecheckFilter(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "Sign in, or send an API token as 'Authorization: Bearer <token>'"))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Your account may not do this")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, AccountLookup accounts) throws Exception {
        return http.addFilterAfter(new AccountRecheckFilter(accounts), SecurityContextHolderFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
