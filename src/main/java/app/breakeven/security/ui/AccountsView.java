package app.breakeven.security.ui;

import app.breakeven.base.ui.MainLayout;
import app.breakeven.security.AccountConflictException;
import app.breakeven.security.AccountService;
import app.breakeven.security.AccountSummary;
import app.breakeven.security.ApiTokenSummary;
import app.breakeven.security.InvalidAccountException;
import app.breakeven.security.NewAccount;
import app.breakeven.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** The admin's screen: add accounts, set their roles, disable them, reset passwords, issue API tokens. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("Accounts · Breakeven")
@RolesAllowed("ADMIN")
public class AccountsView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final AccountService accounts;
    final Grid<AccountSummary> grid = new Grid<>();
    final Grid<ApiTokenSummary> tokens = new Grid<>();
    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password (blank: random)");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button add = new Button("Add account");
    final Span message = new Span();
    /** A password or token just made, shown once. */
    final TextField secret = new TextField();

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("dashboard");
        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setAutoWidth(true);
        grid.addColumn(a -> !a.enabled()
                        ? "disabled"
                        : a.locked() ? "locked until " + WHEN.format(a.lockedUntil()) + " UTC" : "active")
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.createdAt()))
                .setHeader("Created (UTC)")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> new AccountDialog(e.getItem()).open());
        grid.setAllRowsVisible(true);

        username.setId("new-username");
        displayName.setId("new-name");
        password.setId("new-password");
        roles.setId("new-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> r.label() + ": " + r.description());
        roles.setValue(EnumSet.of(Role.VIEWER));
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addAccount());
        message.setId("accounts-message");
        secret.setId("accounts-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);

        tokens.setId("tokens-grid");
        tokens.addColumn(ApiTokenSummary::username).setHeader("Account").setAutoWidth(true);
        tokens.addColumn(ApiTokenSummary::name).setHeader("Token").setAutoWidth(true);
        tokens.addColumn(t -> when(t.createdAt())).setHeader("Issued (UTC)").setAutoWidth(true);
        tokens.addColumn(t -> when(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        tokens.addColumn(t -> t.revokedAt() == null ? "" : "revoked " + when(t.revokedAt()))
                .setHeader("State");
        tokens.addComponentColumn(t -> {
            var revoke = new Button("Revoke", e -> {
                accounts.revokeToken(t.id());
                refresh();
            });
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        });
        tokens.setAllRowsVisible(true);

        var fields = new Div(username, displayName, password, add);
        fields.addClassName("table-bar");
        var form = new Div(new H3("Add an account"), fields, roles, message, secret);
        form.addClassName("chart-card");
        add(
                new H2("Accounts"),
                new Paragraph(
                        "Click an account to change its roles, disable it, reset its "
                                + "password or issue it an API token. Passwords and tokens are shown once, here; only hashes are kept."),
                form,
                new H3("Accounts"),
                grid,
                new H3("API tokens"),
                new Paragraph("Send one as 'Authorization: Bearer <token>' to /api/v1; it acts as its account."),
                tokens);
        refresh();
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
        tokens.setItems(accounts.tokens());
    }

    private void addAccount() {
        try {
            NewAccount created =
                    accounts.create(username.getValue(), displayName.getValue(), password.getValue(), roles.getValue());
            String name = created.account().username();
            done(
                    created.password() == null
                            ? "Added " + name + "."
                            : "Added " + name + ". Give them this password; it is shown only now:",
                    created.password());
            username.clear();
            displayName.clear();
            password.clear();
        } catch (InvalidAccountException e) {
            failed(e.getMessage());
        }
        refresh();
    }

    private void done(String text, String shownOnce) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", "ok");
        secret.setVisible(shownOnce != null);
        secret.setValue(shownOnce == null ? "" : shownOnce);
    }

    private void failed(String text) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", "error");
        secret.setVisible(false);
        secret.clear();
    }

    /** One account: name and roles, enable or disable, reset password, issue an API token. */
    final class AccountDialog extends Dialog {

        final TextField name = new TextField("Name");
        final CheckboxGroup<Role> accountRoles = new CheckboxGroup<>("Roles");
        final Button save = new Button("Save");
        final Button enable;
        final PasswordField newPassword = new PasswordField("New password (blank: a random one)");
        final Button reset = new Button("Reset password");
        final TextField tokenName = new TextField("Token name");
        final Button issue = new Button("Issue API token");

        AccountDialog(AccountSummary account) {
            setId("account-dialog");
            setHeaderTitle(account.username());
            name.setId("account-name");
            name.setValue(account.displayName());
            accountRoles.setId("account-roles");
            accountRoles.setItems(Role.values());
            accountRoles.setItemLabelGenerator(Role::label);
            accountRoles.setValue(account.roles());
            save.setId("account-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> run(() -> {
                accounts.update(account.id(), account.version(), name.getValue(), accountRoles.getValue());
                done("Saved " + account.username() + ". New roles apply from their next request.", null);
            }));
            enable = new Button(account.enabled() ? "Disable account" : "Enable account");
            enable.setId("account-enable");
            enable.addClickListener(e -> run(() -> {
                accounts.setEnabled(account.id(), account.version(), !account.enabled());
                done((account.enabled() ? "Disabled " : "Enabled ") + account.username() + ".", null);
            }));
            newPassword.setId("account-password");
            reset.setId("account-reset");
            reset.addClickListener(e -> run(() -> {
                String typed = newPassword.getValue();
                String pw = accounts.resetPassword(account.id(), account.version(), typed);
                done(
                        "New password for " + account.username() + (typed.isBlank() ? ", shown only now:" : " set."),
                        typed.isBlank() ? pw : null);
            }));
            tokenName.setId("token-name");
            issue.setId("token-issue");
            issue.addClickListener(e -> run(() -> {
                String token = accounts.issueToken(account.id(), tokenName.getValue());
                done("API token for " + account.username() + ", shown only now:", token);
            }));
            var details = new Div(name, accountRoles);
            details.addClassName("item-form");
            var pw = new Div(newPassword, reset);
            pw.addClassName("table-bar");
            var token = new Div(tokenName, issue);
            token.addClassName("table-bar");
            add(details, pw, token);
            getFooter().add(enable, new Button("Cancel", e -> close()), save);
        }

        private void run(Runnable action) {
            try {
                action.run();
                close();
            } catch (InvalidAccountException | AccountConflictException e) {
                failed(e.getMessage());
                close();
            }
            refresh();
        }
    }
}
