package app.breakeven.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The account a session's every request is checked against, read in one query. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class AccountLookupIT {

    @Autowired
    AccountLookup lookup;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Test
    void reads_the_account_as_signing_in_does_and_follows_an_admins_changes() {
        var account = accounts.create(
                        "lookup-" + System.nanoTime(), null, "a long enough password", EnumSet.of(Role.PLANNER))
                .account();
        AccountPrincipal signedIn =
                repository.findById(account.id()).orElseThrow().principal();

        AccountPrincipal now = lookup.current(account.id()).orElseThrow();
        assertThat(now.getUsername()).isEqualTo(signedIn.getUsername());
        assertThat(now.roles()).containsExactly(Role.PLANNER);
        // The session ends when these differ, so they must be the same instant to the microsecond.
        assertThat(now.passwordChangedAt()).isEqualTo(signedIn.passwordChangedAt());
        assertThat(now.getPassword()).as("no password hash kept in a session").isNull();

        var changed =
                accounts.update(account.id(), account.version(), "Lookup", EnumSet.of(Role.PLANNER, Role.ANALYST));
        assertThat(lookup.current(account.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PLANNER, Role.ANALYST);

        accounts.setEnabled(account.id(), changed.version(), false);
        assertThat(lookup.current(account.id())).as("disabled").isEmpty();
        assertThat(lookup.current(-1)).as("no such account").isEmpty();
    }
}
