package app.breakeven.catalogue.ui;

import app.breakeven.base.Formats;
import app.breakeven.catalogue.CatalogueEditing.Saved;
import app.breakeven.catalogue.InvalidItemException;
import app.breakeven.catalogue.LiteLlmEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The models of a LiteLLM price file, to pick which to import. It opens on text models (mode
 * chat, completion or responses, or none given) and can be narrowed by mode, provider and a
 * search. "Select all shown" takes the shown models that can be imported and whose prices
 * look plausible; a model flagged for review is imported only when picked by itself. Entries
 * that cannot be imported say why and cannot be picked.
 */
final class LiteLlmDialog extends Dialog {

    /** The mode filter's entry for models whose file gives no mode. */
    static final String NO_MODE = "(not given)";

    final TextField search = new TextField();
    final MultiSelectComboBox<String> modes = new MultiSelectComboBox<>("Mode");
    final MultiSelectComboBox<String> providers = new MultiSelectComboBox<>("Provider");
    final Grid<LiteLlmEntry> grid = new Grid<>();
    final Button selectShown = new Button();
    final Button apply = new Button("Import selected");
    final Span selected = new Span();
    private final ListDataProvider<LiteLlmEntry> rows;

    LiteLlmDialog(
            List<LiteLlmEntry> entries,
            Function<Set<String>, Saved> importer,
            Runnable imported,
            Consumer<String> refused) {
        setId("litellm-preview");
        setHeaderTitle("Import from LiteLLM");
        setWidth("76em");

        long importable = entries.stream().filter(LiteLlmEntry::importable).count();
        long notText =
                entries.stream().filter(e -> e.importable() && !e.textModel()).count();
        long flagged = entries.stream()
                .filter(e -> e.importable() && e.review() != null)
                .count();
        var summary = new Paragraph(Formats.count(entries.size()) + " models in the file: "
                + Formats.count(importable) + " can be imported (" + Formats.count(notText)
                + " of them are not text models: embedding, image, audio, rerank and the like), "
                + Formats.count(flagged) + " flagged for review, "
                + Formats.count(entries.size() - importable)
                + " cannot be imported (see Effect). Prices are LiteLLM's per-token costs × 1,000,000;"
                + " models already in the catalogue get the file's prices.");
        summary.setId("litellm-summary");

        search.setId("litellm-search");
        search.setPlaceholder("Search models");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Set<String> allModes = new TreeSet<>();
        entries.forEach(e -> allModes.add(modeOf(e)));
        modes.setId("litellm-modes");
        modes.setItems(List.copyOf(allModes));
        modes.setValue(allModes.stream()
                .filter(m -> m.equals(NO_MODE) || LiteLlmEntry.TEXT_MODES.contains(m))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        modes.setPlaceholder("Every mode");

        providers.setId("litellm-providers");
        providers.setItems(List.copyOf(entries.stream()
                .map(LiteLlmEntry::provider)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new))));
        providers.setPlaceholder("Every provider");

        grid.setId("litellm-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<LiteLlmEntry>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        grid.setItemSelectableProvider(LiteLlmEntry::importable);
        grid.addColumn(LiteLlmEntry::name).setHeader("Model").setAutoWidth(true).setSortable(true);
        grid.addColumn(LiteLlmEntry::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(LiteLlmDialog::modeOf).setHeader("Mode").setAutoWidth(true);
        grid.addColumn(e -> price(e.inputPerMillion())).setHeader("Input $/1M");
        grid.addColumn(e -> price(e.outputPerMillion())).setHeader("Output $/1M");
        grid.addColumn(e -> price(e.cachedInputPerMillion())).setHeader("Cached $/1M");
        grid.addColumn(e -> e.contextWindow() == null ? "" : Formats.tokens(e.contextWindow()))
                .setHeader("Context");
        grid.addColumn(LiteLlmDialog::effect).setHeader("Effect").setFlexGrow(1);
        grid.setPartNameGenerator(e -> !e.importable() ? "refused" : e.review() != null ? "review" : null);
        grid.setHeight("26em");
        rows = new ListDataProvider<>(entries);
        grid.setDataProvider(rows);

        selectShown.setId("litellm-select-shown");
        selectShown.addClickListener(e -> grid.asMultiSelect()
                .select(shown().stream().filter(LiteLlmEntry::plausible).toList()));
        var clear = new Button("Clear selection", e -> grid.deselectAll());
        clear.setId("litellm-clear");
        selected.setId("litellm-selected");

        apply.setId("litellm-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> {
            Set<String> chosen =
                    grid.getSelectedItems().stream().map(LiteLlmEntry::name).collect(Collectors.toSet());
            try {
                Saved saved = importer.apply(chosen);
                Notification.show(imported(chosen.size(), saved));
                close();
                imported.run();
            } catch (InvalidItemException ex) {
                refused.accept(ex.getMessage());
            }
        });
        grid.addSelectionListener(e -> {
            int count = e.getAllSelectedItems().size();
            selected.setText(Formats.count(count) + " selected");
            apply.setEnabled(count > 0);
        });

        search.addValueChangeListener(e -> filter());
        modes.addValueChangeListener(e -> filter());
        providers.addValueChangeListener(e -> filter());
        filter();
        selected.setText("0 selected");

        search.setWidth("16em");
        // Wide enough to show "chat, completion, (not given)" rather than a count of chips.
        modes.setWidth("26em");
        providers.setWidth("18em");
        var filters = new Div(search, modes, providers);
        filters.addClassName("litellm-filters");
        filters.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "end");
        var selection = new Div(selectShown, clear, selected);
        selection.addClassName("litellm-selection");
        selection
                .getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        add(summary, filters, selection, grid);
        getFooter().add(new Button("Cancel", e -> close()), apply);
    }

    /** The rows the filters show, in the grid's order. */
    List<LiteLlmEntry> shown() {
        return rows.fetch(new com.vaadin.flow.data.provider.Query<>(rows.getFilter()))
                .toList();
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        Set<String> modeFilter = modes.getValue();
        Set<String> providerFilter = providers.getValue();
        rows.setFilter(e -> (text.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(text))
                && (modeFilter.isEmpty() || modeFilter.contains(modeOf(e)))
                && (providerFilter.isEmpty() || providerFilter.contains(e.provider())));
        long plausible = shown().stream().filter(LiteLlmEntry::plausible).count();
        selectShown.setText("Select all shown that can be imported (" + Formats.count(plausible) + ")");
        selectShown.setEnabled(plausible > 0);
    }

    /** What the import did, in words: "2,474 models imported: 2,470 new, 4 updated." */
    static String imported(int chosen, Saved saved) {
        String text = Formats.count(saved.total()) + " model" + (saved.total() == 1 ? "" : "s") + " imported: "
                + Formats.count(saved.created()) + " new, " + Formats.count(saved.changed()) + " updated";
        int same = chosen - saved.total();
        return text + (same > 0 ? ", " + Formats.count(same) + " already had these prices." : ".");
    }

    private static String modeOf(LiteLlmEntry entry) {
        return entry.mode() == null ? NO_MODE : entry.mode();
    }

    private static String effect(LiteLlmEntry entry) {
        if (!entry.importable()) {
            return String.join("; ", entry.problems());
        }
        String effect = entry.exists() ? "update prices" : "new";
        return entry.review() == null ? effect : effect + "; review: " + entry.review();
    }

    private static String price(BigDecimal value) {
        return value == null ? "" : "$" + value.stripTrailingZeros().toPlainString();
    }
}
