package app.breakeven.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; a locked or disabled account is reported as such to Spring Security. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name)
                .map(a -> new AccountPrincipal(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(),
                        a.isEnabled(), a.isLockedAt(clock.instant()), a.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
