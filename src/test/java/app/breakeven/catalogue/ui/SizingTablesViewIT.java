package app.breakeven.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import app.breakeven.SignedInUi;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.security.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** GPU types, benchmarks and model architecture facts in the catalogue screen, without a browser. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class SizingTablesViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    private CatalogueView view;
    private GpuType gpu;

    @BeforeEach
    void open() {
        SignedInUi.setup(context);
        gpu = editing.save(
                CatalogueKind.GPU,
                CatalogueTable.GPUS.item(
                        Map.of(
                                "name", "UI GPU " + System.nanoTime(),
                                "memory_gb", "48",
                                "memory_bandwidth_tbps", "1",
                                "bf16_dense_tflops", "200",
                                "tdp_watts", "300",
                                "interconnect", "PCIe Gen4 x16",
                                "source", "test datasheet",
                                "as_of", LocalDate.now().toString()),
                        null,
                        0));
        UI.getCurrent().navigate(CatalogueView.class);
        view = _get(CatalogueView.class);
    }

    @AfterEach
    void close() {
        SignedInUi.tearDown();
    }

    private GpuType stored() {
        return catalogue.gpus().stream()
                .filter(g -> g.getId().equals(gpu.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static <T> int row(Grid<T> grid, java.util.function.Predicate<T> which) {
        var items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    @Test
    void shows_gpu_types_and_benchmarks_as_tabs_with_their_datasheet_figures() {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("catalogue-tabs"));
        assertThat(tabs.getTabAt(3).getLabel()).isEqualTo("GPU types");
        assertThat(tabs.getTabAt(4).getLabel()).isEqualTo("Throughput benchmarks");
        assertThat(view.gpus.grid.getListDataView().getItems().map(GpuType::getName))
                .contains("A100 80GB SXM", "H100 80GB SXM", "MI300X 192GB");
        assertThat(view.benchmarks.grid.getListDataView().getItemCount()).isGreaterThanOrEqualTo(8);

        int a100 = row(view.gpus.grid, g -> g.getName().equals("A100 40GB SXM"));
        assertThat(GridKt._getFormatted(view.gpus.grid, a100, "fp8_dense_tflops"))
                .isEqualTo("none");
        int h200 = row(view.gpus.grid, g -> g.getName().equals("H200 141GB SXM"));
        assertThat(GridKt._getFormatted(view.gpus.grid, h200, "cloud_hourly_low"))
                .as("a figure not in the catalogue reads unknown")
                .isEqualTo("unknown");
        int flash = row(view.models.grid, m -> m.getName().equals("DeepSeek V4 Flash"));
        assertThat(GridKt._getFormatted(view.models.grid, flash, "params_total_billions"))
                .isEqualTo("284");
        assertThat(GridKt._getFormatted(view.models.grid, flash, "layers")).isEqualTo("43");
    }

    @Test
    void an_analyst_edits_a_gpu_and_sees_the_change_in_its_history() {
        view.gpus.edit(stored());
        var dialog = view.gpus.dialog;

        _setValue(dialog.fields.get("memory_gb"), "0");
        _click(dialog.save);
        assertThat(dialog.fields.get("memory_gb").isInvalid()).isTrue();
        assertThat(stored().getMemoryGb()).isEqualTo(48);

        _setValue(dialog.fields.get("memory_gb"), "96");
        _setValue(dialog.fields.get("fp8_dense_tflops"), "400");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored().getMemoryGb()).isEqualTo(96);
        assertThat(stored().getFp8DenseTflops()).isEqualByComparingTo("400");
        assertThat(editing.history(CatalogueKind.GPU, gpu.getId())).hasSize(2);
    }

    @Test
    void the_model_form_carries_the_architecture_facts() {
        ModelPrice qwen = catalogue.findModel("Qwen3-8B").orElseThrow();
        view.models.edit(qwen);
        var fields = view.models.dialog.fields;

        assertThat(fields.get("layers").getValue()).isEqualTo("36");
        assertThat(fields.get("kv_heads").getValue()).isEqualTo("8");
        assertThat(fields.get("head_dim").getValue()).isEqualTo("128");
        assertThat(fields.get("native_precision").getValue()).isEqualTo("BF16");
        assertThat(fields.get("architecture_source").getValue()).contains("Qwen/Qwen3-8B");
    }

    @Test
    void a_concurrent_edit_of_a_gpu_opens_the_conflict_dialog_and_saves_nothing() {
        var second = CatalogueViews.another(context);
        view.gpus.edit(stored());
        var mine = view.gpus.dialog;
        second.gpus.edit(stored());
        var theirs = second.gpus.dialog;

        _setValue(theirs.fields.get("tdp_watts"), "350");
        _click(theirs.save);
        _setValue(mine.fields.get("tdp_watts"), "400");
        _click(mine.save);

        assertThat(_get(Dialog.class, spec -> spec.withId("catalogue-conflict")).isOpened())
                .isTrue();
        assertThat(stored().getTdpWatts()).isEqualTo(350);
        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(mine.fields.get("tdp_watts").getValue()).isEqualTo("350");
    }
}
