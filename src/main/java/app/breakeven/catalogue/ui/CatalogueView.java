package app.breakeven.catalogue.ui;

import app.breakeven.base.Formats;
import app.breakeven.base.ui.MainLayout;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueEntry;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CsvImport;
import app.breakeven.catalogue.ImpactPreview;
import app.breakeven.catalogue.InvalidItemException;
import app.breakeven.catalogue.LiteLlmEntry;
import app.breakeven.catalogue.LiteLlmImport;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.PriceChangeImpact;
import app.breakeven.catalogue.ScenarioImpact;
import app.breakeven.costs.BreakEven;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue for analysts: models (prices and architecture facts), hardware tiers, hidden
 * costs, GPU types, throughput benchmarks, rented and purchase offers and ownership
 * assumptions, each with a grid, an edit form, history, CSV
 * export and import; models also import from LiteLLM's price file.
 */
@PermitAll
@Route(value = "catalogue", layout = MainLayout.class)
@PageTitle("Catalogue · Breakeven")
public class CatalogueView extends Div {

    private final CatalogueEditing editing;
    private final LiteLlmImport liteLlmImport;
    private final PriceChangeImpact impact;
    final TablePanel<ModelPrice> models;
    final TablePanel<app.breakeven.catalogue.HardwareTier> tiers;
    final TablePanel<app.breakeven.catalogue.HiddenCostCategory> hiddenCosts;
    final TablePanel<app.breakeven.catalogue.GpuType> gpus;
    final TablePanel<app.breakeven.catalogue.ThroughputBenchmark> benchmarks;
    final TablePanel<app.breakeven.catalogue.RentedOffer> rentedOffers;
    final TablePanel<app.breakeven.catalogue.PurchaseOffer> purchaseOffers;
    final TablePanel<app.breakeven.catalogue.OwnershipAssumption> ownership;
    final Upload liteLlm;

    public CatalogueView(
            CatalogueEditing editing,
            CsvImport csv,
            LiteLlmImport liteLlmImport,
            PriceChangeImpact impact,
            CurrentUser currentUser,
            Clock clock) {
        this.editing = editing;
        this.liteLlmImport = liteLlmImport;
        this.impact = impact;
        addClassName("dashboard");
        boolean analyst = currentUser.get().filter(u -> u.has(Role.ANALYST)).isPresent();
        LocalDate today = LocalDate.now(clock);
        models = panel(CatalogueTable.MODELS, csv, today, analyst);
        tiers = panel(CatalogueTable.TIERS, csv, today, analyst);
        hiddenCosts = panel(CatalogueTable.HIDDEN_COSTS, csv, today, analyst);
        gpus = panel(CatalogueTable.GPUS, csv, today, analyst);
        benchmarks = panel(CatalogueTable.BENCHMARKS, csv, today, analyst);
        rentedOffers = panel(CatalogueTable.RENTED_OFFERS, csv, today, analyst);
        purchaseOffers = panel(CatalogueTable.PURCHASE_OFFERS, csv, today, analyst);
        ownership = panel(CatalogueTable.OWNERSHIP, csv, today, analyst);

        liteLlm = new Upload(new LimitedUpload(
                (name, content) -> {
                    clearLiteLlm();
                    previewLiteLlm(content);
                },
                message -> {
                    clearLiteLlm();
                    models.refused(message);
                }));
        liteLlm.setId("litellm-import");
        liteLlm.setMaxFileSize(CatalogueEditing.MAX_UPLOAD_BYTES);
        liteLlm.setAcceptedFileTypes(".json", "application/json");
        liteLlm.setUploadButton(new Button("Import LiteLLM prices…"));
        liteLlm.setDropLabel(new Span("model_prices_and_context_window.json"));
        liteLlm.addFileRejectedListener(e -> models.refused(e.getErrorMessage()));
        liteLlm.setVisible(analyst);
        models.add(liteLlm);

        var sheet = new TabSheet();
        sheet.setId("catalogue-tabs");
        sheet.add("Models", models);
        sheet.add("Hardware tiers", tiers);
        sheet.add("Hidden costs", hiddenCosts);
        sheet.add("GPU types", gpus);
        sheet.add("Throughput benchmarks", benchmarks);
        sheet.add("Rented offers", rentedOffers);
        sheet.add("Purchase offers", purchaseOffers);
        sheet.add("Ownership assumptions", ownership);
        sheet.setWidthFull();
        add(
                new H2("Catalogue"),
                new Paragraph("Figures with an as-of date more than "
                        + CatalogueEntry.STALE_AFTER_DAYS + " days ago are flagged stale. "
                        + (analyst
                                ? "Click a row to edit it."
                                : "Click a row to see it and its history; analysts edit the catalogue.")),
                sheet);
    }

    private <T extends CatalogueEntry> TablePanel<T> panel(
            CatalogueTable<T> table, CsvImport csv, LocalDate today, boolean analyst) {
        return new TablePanel<>(table, actions(table.kind(), csv, today), extras(table.kind()), analyst);
    }

    private <T extends CatalogueEntry> TablePanel.Actions<T> actions(
            CatalogueKind kind, CsvImport csv, LocalDate today) {
        return new TablePanel.Actions<>(
                today,
                () -> editing.items(kind),
                edited -> editing.save(kind, edited),
                item -> editing.delete(kind, item.getId(), item.getVersion()),
                chosen -> editing.deleteAll(kind, chosen),
                () -> csv.exportCsv(kind),
                content -> csv.previewCsv(kind, content),
                content -> csv.importCsv(kind, content));
    }

    private <T extends CatalogueEntry> TablePanel.EditorExtras<T> extras(CatalogueKind kind) {
        return new TablePanel.EditorExtras<>() {
            @Override
            public Component preview(T edited) {
                // A GPU's figures or rent move the scenarios sized on it; a measured row, every sized one.
                return impact(edited);
            }

            @Override
            public Component history(T item) {
                return CatalogueView.this.history(kind, item);
            }
        };
    }

    /** What saving the edited copy would do to the saved scenarios that use it. */
    private Component impact(CatalogueEntry edited) {
        ImpactPreview preview;
        try {
            preview = impact.impactOf(edited);
        } catch (RuntimeException e) {
            return new Paragraph("No preview: " + e.getMessage());
        }
        List<ScenarioImpact> impacts = preview.scenarios();
        var grid = new Grid<ScenarioImpact>();
        grid.setId("impact-grid");
        grid.addColumn(ScenarioImpact::scenario).setHeader("Scenario").setAutoWidth(true);
        grid.addColumn(i -> change(Formats.dollars(i.apiBefore()), Formats.dollars(i.apiAfter())))
                .setHeader("API / month");
        grid.addColumn(i -> change(Formats.dollars(i.selfHostBefore()), Formats.dollars(i.selfHostAfter())))
                .setHeader("Self-host / month (mid)");
        grid.addColumn(i -> change(volume(i.breakEvenBefore()), volume(i.breakEvenAfter())))
                .setHeader("Break-even");
        grid.setItems(impacts);
        grid.setAllRowsVisible(true);
        var effect = new Div(new H3("Effect on saved scenarios (" + (impacts.size() + preview.others()) + ")"), grid);
        if (preview.others() > 0) {
            var others = new Paragraph("And " + preview.others() + " private scenario"
                    + (preview.others() == 1 ? "" : "s") + " of other planners, not shown.");
            others.setId("impact-others");
            effect.add(others);
        }
        return effect;
    }

    private static String change(String before, String after) {
        return before.equals(after) ? before : before + " → " + after;
    }

    private static String volume(double tokensPerDay) {
        return BreakEven.reached(tokensPerDay) ? Formats.tokens(tokensPerDay) + "/day" : "not reached";
    }

    private Component history(CatalogueKind kind, CatalogueEntry item) {
        return new ItemHistory(kind, editing.history(kind, item.getId()), java.time.Instant.now());
    }

    /** Clears the LiteLLM upload's file list: a refused file shows no green tick. */
    private void clearLiteLlm() {
        liteLlm.clearFileList();
    }

    /** The models in a LiteLLM price file: pick which to import; bad entries say why and cannot be picked. */
    void previewLiteLlm(byte[] content) {
        List<LiteLlmEntry> entries;
        try {
            entries = liteLlmImport.previewLiteLlm(content);
        } catch (InvalidItemException e) {
            models.refused(e.getMessage());
            return;
        }
        new LiteLlmDialog(
                        entries,
                        chosen -> liteLlmImport.importLiteLlm(content, chosen),
                        models::refresh,
                        models::refused)
                .open();
    }
}
