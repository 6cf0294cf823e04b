package app.breakeven.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.security.AccountService;
import app.breakeven.security.AccountSummary;
import app.breakeven.security.Role;
import app.breakeven.security.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's accounts screen, driven as an admin would. */
@PostgresTest
@WithUserDetails(TestAccounts.ADMIN)
class AccountsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    private AccountsView view;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        UI.getCurrent().navigate("admin/accounts");
        view = _get(AccountsView.class);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private AccountSummary find(String username) {
        return accounts.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void adding_an_account_without_a_password_shows_a_random_one_once() {
        String name = "added-" + System.nanoTime();
        _setValue(view.username, name);
        _setValue(view.roles, EnumSet.of(Role.PLANNER, Role.VIEWER));
        _click(view.add);

        assertThat(view.message.getText()).contains("Added " + name, "shown only now");
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getValue()).hasSize(20);
        assertThat(find(name).roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.VIEWER);
        assertThat(GridKt._size(view.grid)).isEqualTo(accounts.accounts().size());
    }

    @Test
    void a_bad_account_gets_a_clear_message_and_nothing_is_added() {
        int before = accounts.accounts().size();
        _setValue(view.username, "Not Valid!");
        _click(view.add);

        assertThat(view.message.getText()).contains("lowercase");
        assertThat(view.message.getElement().getAttribute("data-kind")).isEqualTo("error");
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(accounts.accounts()).hasSize(before);
    }

    @Test
    void disabling_resetting_and_issuing_a_token_from_the_account_dialog() {
        String name = "managed-" + System.nanoTime();
        accounts.create(name, null, null, Set.of(Role.VIEWER));
        view = new AccountsView(accounts);

        var dialog = view.new AccountDialog(find(name));
        _click(dialog.enable);
        assertThat(find(name).enabled()).isFalse();

        dialog = view.new AccountDialog(find(name));
        _click(dialog.reset);
        assertThat(view.secret.getValue()).hasSize(20);

        dialog = view.new AccountDialog(find(name));
        _setValue(dialog.tokenName, "CI export");
        _click(dialog.issue);
        assertThat(view.secret.getValue()).hasSize(43);
        assertThat(accounts.tokens()).anySatisfy(t -> {
            assertThat(t.username()).isEqualTo(name);
            assertThat(t.name()).isEqualTo("CI export");
        });
    }

    @Test
    void an_edit_on_a_stale_dialog_is_refused_with_a_message() {
        String name = "stale-" + System.nanoTime();
        accounts.create(name, null, null, Set.of(Role.VIEWER));
        var stale = view.new AccountDialog(find(name));
        AccountSummary now = find(name);
        accounts.update(now.id(), now.version(), "Someone else's edit", now.roles());

        _setValue(stale.name, "Mine");
        _click(stale.save);

        assertThat(view.message.getText()).contains("Someone else changed " + name);
        assertThat(find(name).displayName()).isEqualTo("Someone else's edit");
    }
}
