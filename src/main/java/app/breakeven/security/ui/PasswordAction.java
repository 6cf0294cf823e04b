package app.breakeven.security.ui;

import app.breakeven.base.ui.ShellAction;
import app.breakeven.security.AccountService;
import app.breakeven.security.InvalidAccountException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.springframework.stereotype.Component;

/** "Password" in the top bar: everyone changes their own password in a dialog. */
@Component
class PasswordAction implements ShellAction {

    private final AccountService accounts;

    PasswordAction(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "change-password";
    }

    @Override
    public String label() {
        return "Password";
    }

    @Override
    public void run() {
        var dialog = new Dialog();
        dialog.setId("password-dialog");
        dialog.setHeaderTitle("Change your password");
        var current = new PasswordField("Current password");
        current.setId("password-current");
        var next = new PasswordField("New password (at least " + AccountService.MIN_PASSWORD_LENGTH + " characters)");
        next.setId("password-new");
        next.setWidthFull();
        var save = new Button("Change password", e -> {
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                dialog.close();
                Notification.show("Your password is changed.");
            } catch (InvalidAccountException ex) {
                next.setErrorMessage(ex.getMessage());
                next.setInvalid(true);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(current, next);
        form.addClassName("item-form");
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
