package app.breakeven.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final LoginFailureRepository failures;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, ApiTokenRepository tokens, LoginFailureRepository failures,
            PasswordEncoder encoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.failures = failures;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        Instant now = clock.instant();
        return accounts.findAllByOrderByUsernameAsc().stream().map(a -> a.summary(now)).toList();
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
        return new NewAccount(accounts.saveAndFlush(account).summary(clock.instant()), random ? chosen : null);
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
        return accounts.saveAndFlush(account).summary(clock.instant());
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
        return accounts.saveAndFlush(account).summary(clock.instant());
    }

    /** Sets a new password, chosen by the admin or random when blank, and lifts any lock. Returns the password. */
    public String resetPassword(long id, long version, String password) {
        Account account = current(id, version);
        String chosen = password == null || password.isBlank() ? Secrets.password() : password;
        account.setPasswordHash(encode(chosen));
        account.lockUntil(null);
        failures.deleteByUserId(id);
        accounts.saveAndFlush(account);
        return chosen;
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
        Map<Long, String> names = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::getId, Account::getUsername));
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(t -> t.summary(names.getOrDefault(t.getUserId(), "?"))).toList();
    }

    public void revokeToken(long tokenId) {
        tokens.findById(tokenId).ifPresent(t -> t.revoke(clock.instant()));
    }

    private Account current(long id, long version) {
        Account account = accounts.findById(id)
                .orElseThrow(() -> new InvalidAccountException("That account no longer exists"));
        if (account.getVersion() != version) {
            throw new AccountConflictException(account.getUsername());
        }
        return account;
    }

    private void requireAnotherAdmin(Account account) {
        long admins = accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(Role.ADMIN) && !a.getId().equals(account.getId()))
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
    public void changeOwnPassword(String current, String next) {
        SignedIn me = currentUser.get().orElseThrow(() -> new InvalidAccountException("Sign in first"));
        Account account = accounts.findById(me.id()).orElseThrow();
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new InvalidAccountException("Your current password is not right");
        }
        account.setPasswordHash(encode(next));
        accounts.saveAndFlush(account);
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
