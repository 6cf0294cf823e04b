package app.breakeven.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ApexCharts chart (npm {@code apexcharts} 4.7.0, the last MIT release) drawn by our
 * {@code <breakeven-chart>} element. The server sends a {@link ChartSpec}; the browser
 * redraws in place, without a page reload.
 */
@Tag("breakeven-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/breakeven-chart.ts")
public class CostChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartSpec spec;

    public CostChart() {
        setWidthFull();
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setProperty("spec", JSON.writeValueAsString(spec));
    }

    public ChartSpec getSpec() {
        return spec;
    }
}
