package app.breakeven.security;

import app.breakeven.base.Secrets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into the account it was issued to, if the token is live and the
 * account enabled. The sign-in lock does not apply: a token is its own credential, and
 * anyone who knows a username could otherwise cut off that account's integrations.
 */
@Component
@Transactional
class ApiTokenAuthentication {

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokenAuthentication(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    Optional<Authentication> authenticate(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> !t.isRevoked())
                .flatMap(t -> accounts.findById(t.getUserId())
                        .filter(Account::isEnabled)
                        .map(a -> {
                            t.used(clock.instant());
                            var principal = a.principal();
                            principal.eraseCredentials();
                            return UsernamePasswordAuthenticationToken.authenticated(
                                    principal, null, principal.getAuthorities());
                        }));
    }
}
