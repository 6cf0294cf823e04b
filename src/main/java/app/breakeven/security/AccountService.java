package app.breakeven.security;

import app.breakeven.base.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and API tokens, as an admin manages them. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            ApiTokenRepository tokens,
            LoginThrottle throttle,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        Map<String, Instant> locks = throttle.locks();
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(a -> a.summary(locks.get(a.getUsername())))
                .toList();
    }

    /**
     * Adds an account, with a random password when none is given.
     *
     * @throws InvalidAccountException for a malformed or taken username, a short password or no role
     */
    public NewAccount create(String username, String displayName, String password, Set<Role> roles) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidAccountException(
                    "A username is 2 to 60 lowercase letters, digits, dots, dashes or underscores");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new InvalidAccountException("The username " + name + " is taken");
        }
        requireRoles(roles);
        boolean random = password == null || password.isEmpty();
        String chosen = random ? Secrets.password() : password;
        Account account = new Account(name, displayName(displayName, name), encode(chosen), roles, clock.instant());
        return new NewAccount(summary(accounts.saveAndFlush(account)), random ? chosen : null);
    }

    /** Changes name and roles of the account as it was read. */
    public AccountSummary update(long id, long version, String displayName, Set<Role> roles) {
        Account account = current(id, version);
        requireRoles(roles);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.setDisplayName(displayName(displayName, account.getUsername()));
        account.setRoles(roles);
        return summary(accounts.saveAndFlush(account));
    }

    /** Disables or enables an account. A disabled account cannot sign in, and its open sessions stop working. */
    public AccountSummary setEnabled(long id, long version, boolean enabled) {
        Account account = current(id, version);
        if (!enabled) {
            if (currentUser.get().map(SignedIn::id).filter(me -> me == id).isPresent()) {
                throw new InvalidAccountException("You cannot disable your own account");
            }
            if (account.getRoles().contains(Role.ADMIN)) {
                requireAnotherAdmin(account);
            }
        }
        account.setEnabled(enabled);
        return summary(accounts.saveAndFlush(account));
    }

    /**
     * Sets a new password, chosen by the admin or random when blank, as for an account that
     * may be compromised: its open sessions end, its API tokens are revoked, and any sign-in
     * lock is lifted. Returns the password.
     */
    public String resetPassword(long id, long version, String password) {
        Account account = current(id, version);
        String chosen = password == null || password.isBlank() ? Secrets.password() : password;
        account.setPassword(encode(chosen), clock.instant());
        throttle.clear(account.getUsername());
        tokens.findByUserId(id).forEach(t -> t.revoke(clock.instant()));
        accounts.saveAndFlush(account);
        return chosen;
    }

    private AccountSummary summary(Account account) {
        return account.summary(throttle.lockedUntil(account.getUsername()).orElse(null));
    }

    /** Issues an API token that acts as the account. The token is returned once; only its hash is kept. */
    public String issueToken(long userId, String name) {
        Account account = accounts.findById(userId)
                .orElseThrow(() -> new InvalidAccountException("That account no longer exists"));
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidAccountException("Name the token (up to 120 characters), for example what uses it");
        }
        String token = Secrets.token();
        tokens.saveAndFlush(new ApiToken(account.getId(), name.strip(), Secrets.sha256(token), clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> tokens() {
        Map<Long, String> names =
                accounts.findAll().stream().collect(Collectors.toMap(Account::getId, Account::getUsername));
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(t -> t.summary(names.getOrDefault(t.getUserId(), "?")))
                .toList();
    }

    public void revokeToken(long tokenId) {
        tokens.findById(tokenId).ifPresent(t -> t.revoke(clock.instant()));
    }

    private Account current(long id, long version) {
        Account account =
                accounts.findById(id).orElseThrow(() -> new InvalidAccountException("That account no longer exists"));
        if (account.getVersion() != version) {
            throw new AccountConflictException(account.getUsername());
        }
        return account;
    }

    /** Two admins demoting each other at once must not both succeed: the admins' rows are locked first. */
    private void requireAnotherAdmin(Account account) {
        long admins = accounts.lockEnabledAdmins(Role.ADMIN).stream()
                .filter(a -> !a.getId().equals(account.getId()))
                .count();
        if (admins == 0) {
            throw new InvalidAccountException("Keep at least one enabled admin");
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidAccountException("Give the account at least one role");
        }
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 120) {
            throw new InvalidAccountException("A display name has at most 120 characters");
        }
        return name;
    }

    /**
     * Changes the signed-in account's own password.
     *
     * @throws InvalidAccountException when the current password is wrong or the new one too short
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = InvalidAccountException.class)
    public void changeOwnPassword(String current, String next) {
        SignedIn me = currentUser.get().orElseThrow(() -> new InvalidAccountException("Sign in first"));
        Account account = accounts.findById(me.id()).orElseThrow();
        // Guessing the current password here counts against the same limit as signing in.
        if (!throttle.claim(account.getUsername())) {
            throw new InvalidAccountException("Too many wrong passwords; try again in 15 minutes");
        }
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throttle.failed(account.getUsername());
            throw new InvalidAccountException("Your current password is not right");
        }
        throttle.succeeded(account.getUsername());
        account.setPassword(encode(next), clock.instant());
        accounts.saveAndFlush(account);
        // Other sessions of the account end at their next request; this one carries on.
        var context = SecurityContextHolder.getContext();
        var principal = account.principal();
        principal.eraseCredentials();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, context.getAuthentication().getAuthorities()));
    }

    String encode(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidAccountException("A password has at most 72 bytes");
        }
        return encoder.encode(password);
    }
}
