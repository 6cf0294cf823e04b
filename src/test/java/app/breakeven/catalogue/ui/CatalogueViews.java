package app.breakeven.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the catalogue view for tests outside its package. */
public final class CatalogueViews {

    private CatalogueViews() {}

    /** No new, import or save; a row opens with every field read-only. */
    public static void assertReadOnly(CatalogueView view) {
        assertThat(view.models.create.isVisible()).isFalse();
        assertThat(view.models.upload.isVisible()).isFalse();
        assertThat(view.liteLlm.isVisible()).isFalse();
        assertThat(view.gpus.create.isVisible()).isFalse();
        assertThat(view.gpus.upload.isVisible()).isFalse();
        assertThat(view.benchmarks.create.isVisible()).isFalse();
        assertThat(view.benchmarks.upload.isVisible()).isFalse();
        view.tiers.edit(view.tiers.grid.getListDataView().getItem(0));
        var dialog = view.tiers.dialog;
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.delete.isVisible()).isFalse();
        assertThat(dialog.fields.values())
                .allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
        assertThat(dialog.history.isEnabled()).isTrue();
    }
}
