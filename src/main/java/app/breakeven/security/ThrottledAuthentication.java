package app.breakeven.security;

import app.breakeven.base.Secrets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by username and password, throttled by {@link LoginThrottle}. Every attempt costs
 * the same: one BCrypt comparison (Spring's provider compares against a dummy hash for an
 * unknown user), then one throttle write for any failure, whoever the user. While a
 * username is locked the password is still hashed, against a dummy, and the answer is the
 * same whether it was right or wrong, so a locked account is no oracle for guesses.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    /** A hash made like every account's, to compare against while locked. */
    private final String dummyHash;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, PasswordEncoder encoder) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode(Secrets.password());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.lockedUntil(username).isPresent()) {
            encoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
            throw new BadCredentialsException("Sign-in failed");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
