package app.breakeven.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the catalogue view for tests outside its package. */
public final class CatalogueViews {

    private CatalogueViews() {}

    /** A second catalogue screen on the same services, as another analyst's browser would have. */
    static CatalogueView another(org.springframework.context.ApplicationContext context) {
        return new CatalogueView(
                context.getBean(app.breakeven.catalogue.CatalogueEditing.class),
                context.getBean(app.breakeven.catalogue.CsvImport.class),
                context.getBean(app.breakeven.catalogue.LiteLlmImport.class),
                context.getBean(app.breakeven.catalogue.PriceChangeImpact.class),
                context.getBean(app.breakeven.security.CurrentUser.class),
                context.getBean(java.time.Clock.class));
    }

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
