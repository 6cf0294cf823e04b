package app.breakeven.scenarios;

import app.breakeven.security.FirstAdminCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios saved before accounts existed have no owner and are not the article's
 * examples; on the first start they become the first admin's, so nothing saved is lost
 * or left read-only for everyone.
 */
@Component
class OwnerlessScenarios {

    private final ScenarioRepository scenarios;

    OwnerlessScenarios(ScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    @EventListener
    @Transactional
    void adopt(FirstAdminCreated event) {
        scenarios.giveOwnerless(event.accountId());
    }
}
