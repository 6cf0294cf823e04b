package app.breakeven.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, for services that decide by owner. The account is read afresh, so one
 * disabled by an admin stops being anyone at once, even in a session that is still open.
 * Roles are those of the sign-in (or API token), as method security sees them.
 */
@Component
@Transactional(readOnly = true)
public class CurrentUser {

    private final AccountRepository accounts;

    CurrentUser(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<SignedIn> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Optional<Account> account = auth.getPrincipal() instanceof AccountPrincipal p
                ? accounts.findById(p.id())
                : accounts.findByUsername(auth.getName());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return account.filter(Account::isEnabled)
                .map(a -> new SignedIn(a.getId(), a.getUsername(), a.getDisplayName(), roles));
    }

    /** The name the catalogue's history records for a change: the username, or "system" outside a sign-in. */
    public String name() {
        return get().map(SignedIn::username).orElse("system");
    }
}
