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
        // Before any spec, so the first drawing already reads figures as the server writes them.
        getElement().setProperty("numberStyles", app.breakeven.base.Formats.STYLES_JSON);
        // A chart attached again (a panel closed and opened) gets its spec again.
        addAttachListener(e -> send());
    }

    /**
     * The chart's title, for its downloads: the PNG and SVG carry it, and the files are named
     * {@code <scenario>-<title>}, the scenario from the nearest element with a
     * {@code data-scenario} attribute ({@link #nameScenario}).
     */
    public void setTitle(String title) {
        getElement().setAttribute("data-title", title);
    }

    /** Names the scenario the charts inside {@code page} show, for their downloads. */
    public static void nameScenario(Component page, String scenario) {
        page.getElement().setAttribute("data-scenario", scenario == null ? "" : scenario);
    }

    /**
     * Draws the spec. It goes to the browser as a call rather than as an element property: a
     * property's JSON would stay in the session's state tree for as long as the chart lives,
     * the largest part of a session's memory (about 100 KB a dashboard).
     */
    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        if (isAttached()) {
            send();
        }
    }

    private void send() {
        if (spec != null) {
            getElement().executeJs("this.spec = $0", JSON.writeValueAsString(spec));
        }
    }

    public ChartSpec getSpec() {
        return spec;
    }
}
