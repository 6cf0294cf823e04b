package app.breakeven.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.breakeven.PostgresTest;
import app.breakeven.catalogue.CatalogueEditing;
import app.breakeven.catalogue.CatalogueKind;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.CsvImport;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.SharingService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Names typed by analysts and planners are text wherever a chart shows them: a model, a
 * hardware tier, a hidden cost and a scenario named like markup neither run as script
 * nor lose their characters, on every screen with a chart, with every tooltip shown.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartTextIT {

    private static final String RUN = " " + System.nanoTime();
    private static final String COUNT = "window.__xss=(window.__xss||0)+1";
    static final String MODEL = "<img src=x onerror=\"" + COUNT + "\"> model" + RUN;
    static final String TIER = "<svg onload=\"" + COUNT + "\"></svg> tier" + RUN;
    /** No quotes or commas: it travels in a CSV cell as it is. */
    static final String HIDDEN_COST = "<img src=x onerror=" + COUNT + "> cost" + RUN;

    static final String SCENARIO = "<img src=x onerror=\"" + COUNT + "\"> & <b>plan</b>" + RUN;

    @LocalServerPort
    int port;

    @Autowired
    SignIn signIn;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CsvImport csvImport;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    private Browser browser;
    private ModelPrice model;
    private HardwareTier tier;
    private ScenarioDetails scenario;
    private String liveToken;
    private String frozenToken;

    @BeforeAll
    void createHostileNamesAndSignIn() {
        var unavailable = Browser.unavailable();
        assumeTrue(unavailable.isEmpty(), () -> "Skipped: no headless browser here: " + unavailable.orElse(""));
        signIn.as(TestAccounts.ANALYST, () -> {
            // Sized to fit only where nothing else does, so other models keep their tiers.
            tier = editing.save(
                    CatalogueKind.TIER,
                    CatalogueTable.TIERS.item(
                            columns(
                                    "label",
                                    TIER,
                                    "model_size_min_billions",
                                    "5000",
                                    "gpu_type",
                                    "A100 80GB",
                                    "gpu_count",
                                    "1",
                                    "gpu_memory_gb",
                                    "80",
                                    "cloud_monthly_low",
                                    "1000",
                                    "cloud_monthly_high",
                                    "2000",
                                    "on_prem_monthly_low",
                                    "500",
                                    "on_prem_monthly_high",
                                    "1000",
                                    "tokens_per_second",
                                    "1000",
                                    "throughput_source",
                                    "test"),
                            null,
                            0));
            model = editing.save(
                    CatalogueKind.MODEL,
                    CatalogueTable.MODELS.item(
                            columns("name", MODEL, "vendor", "test", "license", "test", "output_per_million", "60"),
                            null,
                            0));
            csvImport.importCsv(
                    CatalogueKind.HIDDEN_COST,
                    ("name,monthly_low,monthly_high,applies_to,basis,source,as_of\n" + HIDDEN_COST
                                    + ",1,2,BOTH,PER_MONTH,test," + LocalDate.now() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
        });
        signIn.as(TestAccounts.PLANNER, () -> {
            var draft = scenarios.draft();
            scenario = scenarios.save(draft.withName(SCENARIO)
                    .withInputs(draft.inputs().withModel(MODEL).withTier(TIER)));
            liveToken = sharing.create(scenario.id(), 7, false).token();
            frozenToken = sharing.create(scenario.id(), 7, true).token();
        });
        browser = Browser.start();
        browser.signIn(url(""), TestAccounts.PLANNER, TestAccounts.PASSWORD);
    }

    private static Map<String, String> columns(String... namesAndValues) {
        Map<String, String> values =
                new HashMap<>(Map.of("source", "test", "as_of", LocalDate.now().toString()));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** Other tests count tiers and hidden costs and price with them: leave the catalogue as it was. */
    @AfterAll
    void removeThem() {
        if (browser != null) {
            browser.close();
        }
        if (scenario != null) {
            signIn.as(TestAccounts.PLANNER, () -> scenarios.delete(scenario.id(), scenario.version()));
        }
        signIn.as(TestAccounts.ANALYST, () -> {
            editing.<HiddenCostCategory>items(CatalogueKind.HIDDEN_COST).stream()
                    .filter(c -> c.getName().equals(HIDDEN_COST))
                    .forEach(c -> editing.delete(CatalogueKind.HIDDEN_COST, c.getId(), c.getVersion()));
            if (model != null) {
                editing.delete(CatalogueKind.MODEL, model.getId(), model.getVersion());
            }
            if (tier != null) {
                editing.delete(CatalogueKind.TIER, tier.getId(), tier.getVersion());
            }
        });
    }

    @Test
    void the_dashboard_chart_runs_no_script() {
        assertShownAsText(visit("", 1));
    }

    @Test
    void the_studio_shows_model_tier_and_hidden_cost_names_as_text_in_legends_and_tooltips() {
        // Monthly, cumulative, breakdown, every model's bars and the break-even map.
        assertShownAsText(visit("scenarios/" + scenario.id(), 5), MODEL, TIER, HIDDEN_COST);
    }

    @Test
    void the_uncertainty_panel_shows_hidden_cost_names_as_text_in_its_tornado_and_distributions() {
        browser.open(url("scenarios/" + scenario.id()));
        browser.until(d -> d.findElements(By.cssSelector("#uncertainty vaadin-details-summary"))
                        .isEmpty()
                ? null
                : true);
        browser.driver()
                .findElement(By.cssSelector("#uncertainty vaadin-details-summary"))
                .click();
        browser.until(
                d -> browser.byId("uncertainty-confidence").getText().startsWith("Self-hosting wins") ? true : null);
        // The studio's five charts, the fan, the month-by-month chance, two histograms and the tornado.
        Visit visit = hoverCharts(10);
        // Each of the panel's drawn charts has real series: filled paths or bars.
        Object drawn = browser.js("""
                return [...document.querySelectorAll('#uncertainty breakeven-chart')]
                    .filter(c => c.offsetParent !== null)
                    .map(c => c.querySelectorAll('.apexcharts-series path[d]:not([d=""]), path.apexcharts-bar-area').length);""");
        assertThat((List<?>) drawn).hasSizeGreaterThanOrEqualTo(5).allMatch(n -> ((Number) n).intValue() > 0);
        assertShownAsText(visit, HIDDEN_COST);
        assertThat(browser.byId("uncertainty-flips").getText()).doesNotContain("<img");
    }

    @Test
    void compare_shows_scenario_names_as_text() {
        long example = signIn.as(TestAccounts.PLANNER, () -> scenarios.list()).stream()
                .filter(s -> s.owner() == null)
                .findFirst()
                .orElseThrow()
                .id();
        assertShownAsText(visit("compare?ids=" + scenario.id() + "," + example, 1), SCENARIO);
    }

    @Test
    void a_models_price_history_chart_runs_no_script() {
        browser.open(url("catalogue"));
        browser.byId("models-search").findElement(By.tagName("input")).sendKeys(RUN.strip(), Keys.TAB);
        // The search has filtered the rows (one model carries this run's mark) before a row is clicked.
        browser.until(
                d -> ((Number) browser.js("return document.querySelector('#models-grid').size;")).intValue() == 1);
        browser.until(d -> d.findElements(By.cssSelector("#models-grid vaadin-grid-cell-content")).stream()
                        .filter(cell -> MODEL.equals(cell.getText()))
                        .findFirst()
                        .orElse(null))
                .click();
        browser.byId("editor-history").click();
        assertShownAsText(hoverCharts(1));
    }

    @Test
    void live_and_frozen_board_links_run_no_script() {
        assertShownAsText(visit("shared/" + liveToken, 3));
        assertShownAsText(visit("shared/" + frozenToken, 3));
    }

    /** What one screen's charts showed while every bar, heat-map cell and line was hovered. */
    record Visit(
            String url,
            boolean dialog,
            Object scriptRan,
            List<String> injected,
            List<String> shown,
            List<String> chartTexts) {}

    private Visit visit(String path, int charts) {
        browser.open(url(path));
        return hoverCharts(charts);
    }

    private Visit hoverCharts(int charts) {
        browser.until(d -> ((Number) browser.js("""
                return [...document.querySelectorAll('breakeven-chart')]
                    .filter(c => c.renderCount > 0 && c.querySelector('svg')).length;""")).intValue() >= charts);
        List<String> shown = new ArrayList<>();
        int count = ((Number) browser.js("return document.querySelectorAll('breakeven-chart').length;")).intValue();
        for (int i = 0; i < count; i++) {
            for (Object point : (List<?>) browser.js(HOVER_POINTS, i)) {
                var xy = (List<?>) point;
                new Actions(browser.driver())
                        .moveToLocation(((Number) xy.get(0)).intValue(), ((Number) xy.get(1)).intValue())
                        .perform();
                shown.add((String) browser.js("""
                        const tip = document.querySelectorAll('breakeven-chart')[arguments[0]]
                            .querySelector('.apexcharts-tooltip');
                        return tip ? tip.textContent : '';""", i));
            }
            new Actions(browser.driver()).moveToLocation(0, 0).perform();
        }
        sleepForImageErrors();
        boolean dialog = dismissDialog();
        @SuppressWarnings("unchecked")
        var legends = (List<String>) browser.js("""
                return [...document.querySelectorAll('breakeven-chart .apexcharts-legend-text')]
                    .map(e => e.textContent);""");
        shown.addAll(legends);
        @SuppressWarnings("unchecked")
        var injected = (List<String>) browser.js("""
                return [...document.querySelectorAll('breakeven-chart *')]
                    .filter(e => e.matches('img, iframe, script, object, embed')
                        || [...e.attributes].some(a => a.name.toLowerCase().startsWith('on')))
                    .map(e => e.outerHTML.slice(0, 200));""");
        @SuppressWarnings("unchecked")
        var chartTexts = (List<String>)
                browser.js("return [...document.querySelectorAll('breakeven-chart')].map(c => c.textContent);");
        return new Visit(
                browser.driver().getCurrentUrl(),
                dialog,
                browser.js("return window.__xss;"),
                injected,
                shown,
                chartTexts);
    }

    /** Viewport points over a chart's bars and heat-map cells, or across its plot for line charts. */
    private static final String HOVER_POINTS = """
            const chart = document.querySelectorAll('breakeven-chart')[arguments[0]];
            // A chart in a closed panel has drawn nothing yet.
            if (!chart.querySelector('.apexcharts-grid') || chart.offsetParent === null) return [];
            chart.scrollIntoView({block: 'center'});
            const points = [...chart.querySelectorAll('path.apexcharts-bar-area, rect.apexcharts-heatmap-rect')]
                .map(e => e.getBoundingClientRect())
                .map(r => [r.left + r.width / 2, r.top + r.height / 2]);
            const plot = chart.querySelector('.apexcharts-grid').getBoundingClientRect();
            for (let i = 1; i < 10; i++) {
              points.push([plot.left + plot.width * i / 10, plot.top + plot.height / 2]);
            }
            return points.map(([x, y]) => [Math.round(x), Math.round(y)])
                .filter(([x, y]) => x > 0 && y > 0 && x < innerWidth && y < innerHeight);""";

    private static void sleepForImageErrors() {
        // A broken image reports its error a moment after it is inserted.
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean dismissDialog() {
        try {
            browser.driver().switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static void assertShownAsText(Visit visit, String... names) {
        assertThat(visit.dialog()).as("a dialog opened on %s", visit.url()).isFalse();
        assertThat(visit.scriptRan())
                .as("script from a name ran on %s", visit.url())
                .isNull();
        assertThat(visit.injected())
                .as("elements injected into charts on %s", visit.url())
                .isEmpty();
        assertThat(visit.chartTexts())
                .as("escaped twice on %s", visit.url())
                .noneMatch(text -> text.contains("&lt;") || text.contains("&amp;") || text.contains("&quot;"));
        for (String name : names) {
            assertThat(visit.shown())
                    .as("legends and tooltips on %s", visit.url())
                    .anyMatch(text -> text.contains(name));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
