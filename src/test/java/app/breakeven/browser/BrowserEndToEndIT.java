package app.breakeven.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.breakeven.PostgresTest;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.scenarios.WorkedThreePaths;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.SharingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product in a real browser: the dashboard's slider moves the chart and the
 * headline; a saved scenario comes back from its URL after a reload. CI installs
 * Chromium, so this always runs there; without one it is skipped and says why.
 */
@PostgresTest
class BrowserEndToEndIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SignIn signIn;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    @BeforeAll
    static void startBrowser() {
        var unavailable = Browser.unavailable();
        assumeTrue(unavailable.isEmpty(), () -> "Skipped: no headless browser here: " + unavailable.orElse(""));
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static boolean signedIn;

    @BeforeEach
    void signIn() {
        if (!signedIn) {
            browser.signIn(url(""), TestAccounts.PLANNER, TestAccounts.PASSWORD);
            signedIn = true;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Test
    void the_content_security_policy_leaves_the_app_working() {
        browser.open(url("scenarios"));
        browser.until(d -> d.findElements(By.id("scenario-grid")).isEmpty() ? null : true);
        Object grids = browser.js("return document.querySelectorAll('vaadin-grid').length;");
        assertThat(((Number) grids).intValue()).isEqualTo(1);
        var logs = browser.driver().manage().logs().get("browser").getAll();
        assertThat(logs).noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    @Test
    void moving_the_volume_slider_redraws_the_chart_and_changes_the_headline() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        String before = browser.headline("headline-api");
        int renders = browser.chartRenders();
        assertThat(before).isEqualTo("$375.00");

        var range = browser.rangeInput("volume-slider");
        for (int i = 0; i < 20; i++) {
            range.sendKeys(Keys.ARROW_RIGHT);
        }

        browser.until(d -> !browser.headline("headline-api").equals(before) ? true : null);
        browser.until(d -> browser.chartRenders() > renders ? true : null);
        assertThat(browser.headline("headline-api")).isNotEqualTo(before);
        assertThat(browser.driver().findElements(By.cssSelector("breakeven-chart svg path")))
                .isNotEmpty();
    }

    @Test
    void a_charts_menu_downloads_pictures_but_not_apexcharts_unguarded_csv() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        Object pictures = browser.js(
                "return document.querySelectorAll('breakeven-chart .exportPNG, breakeven-chart .exportSVG').length;");
        Object csv = browser.js("return document.querySelectorAll('breakeven-chart .exportCSV').length;");
        assertThat(((Number) pictures).intValue()).isGreaterThan(0);
        assertThat(((Number) csv).intValue()).isZero();
    }

    @Test
    void a_saved_scenario_comes_back_from_its_url_after_a_reload() {
        browser.open(url("scenarios/new"));
        var name = browser.byId("name").findElement(By.tagName("input"));
        String unique = "Browser " + System.nanoTime();
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), unique, Keys.TAB);
        var growth = browser.byId("growth").findElement(By.tagName("input"));
        growth.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15", Keys.TAB);
        browser.until(d -> "true".equals(browser.byId("save").getDomProperty("disabled")) ? null : true);
        browser.byId("save").click();

        browser.until(d -> d.getCurrentUrl().matches(".*/scenarios/\\d+$") ? true : null);
        String saved = browser.driver().getCurrentUrl();
        assertThat(saved).matches(java.util.regex.Pattern.quote(url("scenarios/")) + "\\d+");
        browser.until(d -> "Saved".equals(browser.byId("save-status").getText()) ? true : null);
        browser.driver().navigate().refresh();

        browser.until(d -> unique.equals(
                        browser.byId("name").findElement(By.tagName("input")).getDomProperty("value"))
                ? true
                : null);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(saved);
        assertThat(browser.byId("growth").findElement(By.tagName("input")).getDomProperty("value"))
                .isEqualTo("15");
    }

    @Test
    void a_board_member_opens_a_share_link_without_an_account() {
        String token = signIn.as(TestAccounts.PLANNER, () -> {
            var saved = scenarios.save(scenarios.draft().withName("Board " + System.nanoTime()));
            return sharing.create(saved.id(), 7, true).token();
        });
        browser.driver().manage().deleteAllCookies();
        signedIn = false;

        browser.open(url("scenarios"));
        browser.until(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        browser.open(url("shared/" + token));

        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/shared/" + token);
        assertThat(browser.headline("shared-api")).isEqualTo("$375.00");
        assertThat(browser.driver().findElements(By.id("save"))).isEmpty();
    }

    @Test
    void sized_on_a_single_40_gb_gpu_deepseek_v4_flash_is_refused_and_never_priced() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);

        browser.driver()
                .findElement(By.cssSelector("#hardware-mode vaadin-radio-button:nth-of-type(2) label"))
                .click();
        browser.until(d -> browser.headline("headline-deployments").contains("H100") ? true : null);
        assertThat(browser.headline("headline-deployments")).isEqualTo("1 × 8 x H100 80GB SXM (FP8)");

        var gpu = browser.driver().findElement(By.cssSelector("vaadin-combo-box#gpu input"));
        gpu.sendKeys(Keys.chord(Keys.CONTROL, "a"), "A100 40GB SXM");
        // Wait until the filter leaves the one item, then arrow down focuses it and Enter chooses it.
        browser.until(d -> {
            Object shown = browser.js("return [...document.querySelectorAll('vaadin-combo-box-item')]"
                    + ".filter(i => !i.hidden && i.offsetParent !== null).map(i => i.textContent.trim());");
            return shown instanceof java.util.List<?> items
                            && items.size() == 1
                            && String.valueOf(items.getFirst()).startsWith("A100 40GB SXM")
                    ? true
                    : null;
        });
        gpu.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        browser.until(d -> browser.byId("gpu").getDomAttribute("invalid") != null ? true : null);
        assertThat(browser.byId("gpu").getText()).contains("does not fit: DeepSeek V4 Flash in FP8");
        assertThat(browser.headline("headline-deployments"))
                .as("the figures stay those of the last hardware that fits")
                .isEqualTo("1 × 8 x H100 80GB SXM (FP8)")
                .doesNotContain("40GB");
    }

    @Test
    void a_three_path_scenario_draws_its_paths_over_volume_and_over_time_in_the_studio_and_on_its_board_link() {
        var saved = signIn.as(TestAccounts.PLANNER, () -> {
            var draft = scenarios.draft().withName("Browser paths " + System.nanoTime());
            return scenarios.save(draft.withInputs(WorkedThreePaths.inputs(scenarios, CostLens.FULLY_LOADED))
                    .withGrowth(0.10, 36));
        });
        browser.open(url("scenarios/" + saved.id()));
        browser.until(d -> browser.headline("path-owned").startsWith("$") ? true : null);
        // Worked in ThreePathsIT: $0.60, $3,070.26 and $14,230.18 a month at 10M tokens a day.
        assertThat(browser.headline("path-api")).isEqualTo("$0.60");
        assertThat(browser.headline("path-rented")).isEqualTo("$3,070");
        assertThat(browser.headline("path-owned")).isEqualTo("$14,230");
        assertLegends("Rented (cheapest option)", "Owned (purchases as paid)", "Hybrid: API, then owned");
        assertThat(browser.driver().findElements(By.cssSelector("#three-paths breakeven-chart svg path")))
                .isNotEmpty();
        assertThat(browser.byId("path-over-time").getText()).contains("Over 36 months: API $");

        String token = signIn.as(
                TestAccounts.PLANNER, () -> sharing.create(saved.id(), 7, true).token());
        browser.open(url("shared/" + token));
        browser.until(d -> browser.headline("path-owned").startsWith("$") ? true : null);
        assertThat(browser.headline("path-owned")).isEqualTo("$14,230");
        assertLegends("Rented (cheapest option)", "Owned (purchases as paid)", "Hybrid: API, then owned");
    }

    /** Every name appears in a drawn chart's legend. */
    private void assertLegends(String... names) {
        browser.until(d -> {
            Object shown = browser.js("return [...document.querySelectorAll('breakeven-chart .apexcharts-legend-text')]"
                    + ".map(e => e.textContent);");
            return shown instanceof java.util.List<?> texts
                            && java.util.Arrays.stream(names).allMatch(n -> texts.contains(n))
                    ? true
                    : null;
        });
    }
}
