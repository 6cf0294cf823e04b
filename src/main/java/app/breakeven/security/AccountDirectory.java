package app.breakeven.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Usernames, for showing who owns a scenario and choosing whom to share it with. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountDirectory {

    /** Someone a scenario can be shared with. */
    public record Member(long id, String username, String displayName, boolean planner) {}

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Every account's username by id, disabled ones included. */
    public Map<Long, String> usernames() {
        Map<Long, String> names = new LinkedHashMap<>();
        accounts.findAllByOrderByUsernameAsc().forEach(a -> names.put(a.getId(), a.getUsername()));
        return names;
    }

    /**
     * Whether the account is enabled and a planner: whether links it shared still work.
     * Asked on behalf of a share link's anonymous visitor, and tells them nothing.
     */
    @PreAuthorize("permitAll()")
    public boolean isActivePlanner(long id) {
        return accounts.findById(id)
                .filter(Account::isEnabled)
                .filter(a -> a.getRoles().contains(Role.PLANNER))
                .isPresent();
    }

    /** The enabled accounts, by username. */
    public List<Member> members() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(Account::isEnabled)
                .map(a -> new Member(
                        a.getId(),
                        a.getUsername(),
                        a.getDisplayName(),
                        a.getRoles().contains(Role.PLANNER)))
                .toList();
    }
}
