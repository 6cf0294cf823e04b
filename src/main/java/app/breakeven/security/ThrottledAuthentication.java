package app.breakeven.security;

import app.breakeven.base.Secrets;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by username and password, throttled by {@link LoginThrottle}. Every attempt costs
 * the same: one throttle claim, made before the password is looked at, then one BCrypt
 * comparison (Spring's provider compares against a dummy hash for an unknown user), then
 * one throttle write for any failure, whoever the user. An attempt the throttle refuses,
 * because the username is locked or its allowed attempts are all claimed, still hashes the
 * password, against a dummy, and gets the same answer whether it was right or wrong, so a
 * lock is no oracle for guesses and parallel guesses get no more passwords checked.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    /** A hash made like every account's, to compare against when refused. */
    private final String dummyHash;

    private final LongAdder passwordsChecked = new LongAdder();

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, PasswordEncoder encoder) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode(Secrets.password());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (!throttle.claim(username)) {
            encoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
            throw new BadCredentialsException("Sign-in failed");
        }
        passwordsChecked.increment();
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username);
            throw e;
        }
    }

    /**
     * How many typed passwords were really checked (against the account's hash, or Spring's
     * stand-in for an unknown name), not counting the comparisons against the dummy while
     * refused: the number the throttle promises to bound.
     */
    long passwordsChecked() {
        return passwordsChecked.sum();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
