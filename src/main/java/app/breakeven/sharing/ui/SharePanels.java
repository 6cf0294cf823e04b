package app.breakeven.sharing.ui;

import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ui.StudioExtension;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.CurrentUser;
import app.breakeven.sharing.SharingService;
import org.springframework.stereotype.Component;

/** Adds the Share panel to every studio. */
@Component
class SharePanels implements StudioExtension {

    private final SharingService sharing;
    private final ScenarioService scenarios;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;

    SharePanels(
            SharingService sharing, ScenarioService scenarios, AccountDirectory directory, CurrentUser currentUser) {
        this.sharing = sharing;
        this.scenarios = scenarios;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public Panel create() {
        return new SharePanel(
                sharing,
                scenarios,
                directory,
                currentUser.get().map(u -> u.id()).orElse(-1L));
    }
}
