package app.breakeven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What an admin may and may not do to accounts, and a user's own password. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    SignIn signIn;

    private AccountSummary find(String username) {
        return accounts.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_added_account_without_a_password_gets_a_random_one_shown_once() {
        NewAccount created = accounts.create("  New.Person  ", "New Person", null, EnumSet.of(Role.VIEWER));

        assertThat(created.account().username()).isEqualTo("new.person");
        assertThat(created.password()).hasSize(20);
        assertThat(accounts.create("given-" + System.nanoTime(), null, "twelve chars!", Set.of(Role.VIEWER))
                        .password())
                .isNull();
    }

    @Test
    void refuses_bad_usernames_taken_names_short_passwords_and_no_roles() {
        assertThatThrownBy(() -> accounts.create("a b", null, null, Set.of(Role.VIEWER)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("lowercase");
        assertThatThrownBy(() -> accounts.create(TestAccounts.PLANNER, null, null, Set.of(Role.VIEWER)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> accounts.create("shorty", null, "short", Set.of(Role.VIEWER)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> accounts.create("roleless", null, null, Set.of()))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("role");
        assertThat(accounts.accounts()).extracting(AccountSummary::username).doesNotContain("shorty", "roleless");
    }

    @Test
    void an_edit_over_someone_elses_newer_edit_is_refused() {
        AccountSummary read = accounts.create("edited-" + System.nanoTime(), null, null, Set.of(Role.VIEWER))
                .account();
        accounts.update(read.id(), read.version(), "First admin's name", Set.of(Role.VIEWER, Role.PLANNER));

        assertThatThrownBy(() -> accounts.update(read.id(), read.version(), "Second admin's name", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountConflictException.class);
        assertThat(find(read.username()).displayName()).isEqualTo("First admin's name");
    }

    @Test
    void the_last_enabled_admin_stays_and_no_admin_disables_themselves() {
        AccountSummary me = find(TestAccounts.ADMIN);
        assertThatThrownBy(() -> accounts.setEnabled(me.id(), me.version(), false))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("your own");

        // With "admin" from the first start there are two admins; take the role from the other one and
        // the remaining admin cannot lose it.
        AccountSummary first = find("admin");
        var demoted = accounts.update(
                first.id(), first.version(), first.displayName(), EnumSet.of(Role.ANALYST, Role.PLANNER));
        try {
            assertThatThrownBy(() -> accounts.update(me.id(), me.version(), me.displayName(), Set.of(Role.VIEWER)))
                    .isInstanceOf(InvalidAccountException.class)
                    .hasMessageContaining("at least one enabled admin");
        } finally {
            accounts.update(demoted.id(), demoted.version(), first.displayName(), first.roles());
        }
    }

    @Test
    void a_user_changes_their_own_password_knowing_the_current_one() {
        String name = "self-" + System.nanoTime();
        accounts.create(name, null, "the first password", Set.of(Role.VIEWER));

        signIn.as(name, () -> {
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "the second password"))
                    .isInstanceOf(InvalidAccountException.class)
                    .hasMessageContaining("current password");
            accounts.changeOwnPassword("the first password", "the second password");
        });
        assertThatThrownBy(() ->
                        signIn.as(name, () -> accounts.changeOwnPassword("the first password", "x".repeat(12))))
                .isInstanceOf(InvalidAccountException.class);
    }
}
