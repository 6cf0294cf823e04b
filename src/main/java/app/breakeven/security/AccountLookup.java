package app.breakeven.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The enabled account behind a session, as it is now. */
@Component
@Transactional(readOnly = true)
class AccountLookup {

    private final AccountRepository accounts;

    AccountLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Optional<AccountPrincipal> current(long id) {
        return accounts.findById(id).filter(Account::isEnabled).map(Account::principal);
    }
}
