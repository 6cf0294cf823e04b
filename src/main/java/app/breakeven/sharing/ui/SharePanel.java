package app.breakeven.sharing.ui;

import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.ui.StudioExtension;
import app.breakeven.security.AccountDirectory;
import app.breakeven.sharing.CreatedLink;
import app.breakeven.sharing.ShareLinkSummary;
import app.breakeven.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The owner's sharing: with people inside the product (planners may then edit, viewers
 * read), and read-only links for a board, live or frozen, with how often each was opened.
 */
class SharePanel extends Div implements StudioExtension.Panel {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final SharingService sharing;
    private final ScenarioService scenarios;
    private final AccountDirectory directory;
    private final long me;
    final MultiSelectComboBox<AccountDirectory.Member> people = new MultiSelectComboBox<>("Share with people");
    final Button savePeople = new Button("Save sharing");
    final Span peopleStatus = new Span();
    final IntegerField days = new IntegerField("Valid for (days)");
    final Checkbox frozen = new Checkbox("Frozen: pin today's inputs and prices");
    final Button create = new Button("Create share link");
    final TextField created = new TextField("Copy this link now; it is shown only once");
    final Button copy = new Button("Copy");
    final Grid<ShareLinkSummary> grid = new Grid<>();
    private Long scenarioId;

    SharePanel(SharingService sharing, ScenarioService scenarios, AccountDirectory directory, long me) {
        this.sharing = sharing;
        this.scenarios = scenarios;
        this.directory = directory;
        this.me = me;
        setId("share");
        addClassName("chart-card");
        people.setId("share-people");
        people.setItemLabelGenerator(m -> m.username() + (m.planner() ? " (can edit)" : " (reads)"));
        people.setWidth("28em");
        savePeople.setId("share-people-save");
        savePeople.addClickListener(e -> savePeople());
        peopleStatus.setId("share-people-status");
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
        // Copied in the browser, from the field's own text: the link is shown only once.
        copy.setId("share-copy");
        copy.addClickListener(e -> created.getElement()
                .executeJs("navigator.clipboard?.writeText(this.value).then(() => true, () => false)")
                .then(
                        Boolean.class,
                        copied -> copy.setText(Boolean.TRUE.equals(copied) ? "Copied" : "Select and copy")));
        created.setSuffixComponent(copy);
        grid.setId("share-grid");
        grid.addColumn(l -> WHEN.format(l.createdAt()))
                .setHeader("Created (UTC)")
                .setAutoWidth(true);
        grid.addColumn(l -> WHEN.format(l.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(l -> l.frozen() ? "frozen" : "live").setHeader("Kind");
        grid.addColumn(ShareLinkSummary::openCount).setHeader("Opened");
        grid.addColumn(SharePanel::state).setHeader("State").setKey("state");
        grid.addComponentColumn(l -> {
                    var revoke = new Button("Revoke", e -> confirmRevoke(l));
                    revoke.setEnabled(l.revokedAt() == null);
                    return revoke;
                })
                .setKey("revoke");
        grid.setAllRowsVisible(true);
        var peopleRow = new Div(people, savePeople, peopleStatus);
        peopleRow.addClassName("table-bar");
        var row = new Div(days, frozen, create);
        row.addClassName("table-bar");
        add(
                new H3("Share"),
                new Paragraph(
                        "People you share with find this scenario in their list. "
                                + "Anyone with a board link sees it read-only without an account; only a hash of the link is stored."),
                peopleRow,
                row,
                created,
                grid);
    }

    /** "Active", "Revoked" or "Expired". */
    static String state(ShareLinkSummary link) {
        if (link.revokedAt() != null) {
            return "Revoked";
        }
        return link.expiresAt().isAfter(java.time.Instant.now()) ? "Active" : "Expired";
    }

    /** Revoking asks first: a board member who has the link loses it. */
    private void confirmRevoke(ShareLinkSummary link) {
        var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                "Revoke this link?",
                "Anyone who has the " + (link.frozen() ? "frozen" : "live") + " link created "
                        + WHEN.format(link.createdAt()) + " can no longer open it. This cannot be undone.",
                "Revoke",
                e -> {
                    sharing.revoke(link.id());
                    refresh();
                });
        confirm.setId("confirm-revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    /** Shows the panel for a scenario the signed-in planner owns, or hides it ({@code null}). */
    @Override
    public void show(Long scenarioId) {
        this.scenarioId = scenarioId;
        setVisible(scenarioId != null);
        created.setVisible(false);
        peopleStatus.setText("");
        if (scenarioId != null) {
            List<AccountDirectory.Member> others =
                    directory.members().stream().filter(m -> m.id() != me).toList();
            people.setItems(others);
            Set<Long> members = scenarios.members(scenarioId);
            people.setValue(
                    others.stream().filter(m -> members.contains(m.id())).collect(Collectors.toSet()));
        }
        refresh();
    }

    private void savePeople() {
        scenarios.shareWith(
                scenarioId,
                people.getValue().stream().map(AccountDirectory.Member::id).collect(Collectors.toSet()));
        peopleStatus.setText(
                people.getValue().isEmpty()
                        ? "Shared with no one"
                        : "Shared with "
                                + people.getValue().stream()
                                        .map(AccountDirectory.Member::username)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
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
        getUI().ifPresent(ui -> ui.getPage()
                .fetchCurrentURL(url ->
                        created.setValue(url.getProtocol() + "://" + url.getAuthority() + "/shared/" + link.token())));
        copy.setText("Copy");
        created.setVisible(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(scenarioId == null ? List.of() : sharing.links(scenarioId));
    }
}
