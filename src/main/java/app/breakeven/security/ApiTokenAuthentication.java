package app.breakeven.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns a bearer token into the account it was issued to, if the token is live and the account enabled. */
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
        return tokens.findByTokenHash(Secrets.sha256(token)).filter(t -> !t.isRevoked())
                .flatMap(t -> accounts.findById(t.getUserId()).filter(Account::isEnabled)
                        .filter(a -> !a.isLockedAt(clock.instant()))
                        .map(a -> {
                            t.used(clock.instant());
                            var principal = new AccountPrincipal(a.getId(), a.getUsername(), a.getDisplayName(),
                                    a.getRoles(), true, false, null);
                            return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                                    principal.getAuthorities());
                        }));
    }
}
