package app.breakeven.scenarios.ui;

import app.breakeven.sharing.CreatedLink;
import app.breakeven.sharing.ShareLinkSummary;
import app.breakeven.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Share links to a saved scenario for a board: create (live or frozen), see opens, revoke. */
class SharePanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final SharingService sharing;
    final IntegerField days = new IntegerField("Valid for (days)");
    final Checkbox frozen = new Checkbox("Frozen: pin today's inputs and prices");
    final Button create = new Button("Create share link");
    final TextField created = new TextField("Copy this link now; it is shown only once");
    final Grid<ShareLinkSummary> grid = new Grid<>();
    private Long scenarioId;

    SharePanel(SharingService sharing) {
        this.sharing = sharing;
        setId("share");
        addClassName("chart-card");
        days.setId("share-days");
        days.setValue(30);
        days.setMin(1);
        days.setMax(SharingService.MAX_DAYS);
        frozen.setId("share-frozen");
        create.setId("share-create");
        create.addClickListener(e -> create());
        created.setId("share-url");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        grid.setId("share-grid");
        grid.addColumn(l -> WHEN.format(l.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
        grid.addColumn(l -> WHEN.format(l.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(l -> l.frozen() ? "frozen" : "live").setHeader("Kind");
        grid.addColumn(ShareLinkSummary::openCount).setHeader("Opened");
        grid.addColumn(l -> l.revokedAt() != null ? "revoked" : "").setHeader("State");
        grid.addComponentColumn(l -> {
            var revoke = new Button("Revoke", e -> {
                sharing.revoke(l.id());
                refresh();
            });
            revoke.setEnabled(l.revokedAt() == null);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        var row = new Div(days, frozen, create);
        row.addClassName("table-bar");
        add(new H3("Share with your board"), new Paragraph("Anyone with the link sees this scenario read-only; "
                + "only a hash of the link is stored."), row, created, grid);
    }

    void show(Long scenarioId) {
        this.scenarioId = scenarioId;
        setVisible(scenarioId != null);
        created.setVisible(false);
        refresh();
    }

    private void create() {
        Integer value = days.getValue();
        if (value == null || value < 1 || value > SharingService.MAX_DAYS) {
            days.setErrorMessage("A link lasts from 1 to 365 days");
            days.setInvalid(true);
            return;
        }
        days.setInvalid(false);
        CreatedLink link = sharing.create(scenarioId, value, frozen.getValue());
        created.setValue("/shared/" + link.token());
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> created.setValue(
                url.getProtocol() + "://" + url.getAuthority() + "/shared/" + link.token())));
        created.setVisible(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(scenarioId == null ? java.util.List.of() : sharing.links(scenarioId));
    }
}
