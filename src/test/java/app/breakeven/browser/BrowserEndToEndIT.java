package app.breakeven.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.breakeven.PostgresTest;
import app.breakeven.base.Formats;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.economics.CostLens;
import app.breakeven.scenarios.Planner;
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

    @Autowired
    CatalogueService catalogue;

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
        assertThat(before).isEqualTo("$375");

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
    void a_charts_csv_has_real_volumes_and_dollars_one_column_a_series_equal_to_the_engines_figures() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        // Every download in the menu is the app's own (ApexCharts' CSV wrote log10 positions).
        Object items = browser.js("return [...document.querySelectorAll('#dashboard-chart .apexcharts-menu-item')]"
                + ".map(i => i.classList.contains('exportCSV') + ':' + i.hasAttribute('data-own'));");
        @SuppressWarnings("unchecked")
        var menu = (java.util.List<String>) items;
        assertThat(menu).contains("true:true").allMatch(i -> i.toString().endsWith(":true"));
        String csv = (String) browser.js("return document.querySelector('#dashboard-chart').csv();");
        String file = (String) browser.js("return document.querySelector('#dashboard-chart').fileName();");
        assertThat(file).isEqualTo("planner-cost-against-volume");
        var rows = csv.lines().map(BrowserEndToEndIT::cells).toList();
        assertThat(rows.getFirst())
                .containsExactly(
                        "Tokens per day",
                        "API",
                        "Self-host, low–high (GPUs + hidden) (low)",
                        "Self-host, low–high (GPUs + hidden) (high)");
        assertThat(rows).hasSize(1 + 200);

        var inputs = signIn.as(
                TestAccounts.PLANNER,
                () -> scenarios.inputs(ScenarioService.DEFAULT_SCENARIO).orElseThrow());
        CostProfile profile = Planner.plan(inputs, catalogue.catalogue()).profile();
        for (int row : new int[] {60, 150}) {
            double volume = Double.parseDouble(rows.get(row)[0]);
            assertThat(volume).isGreaterThan(1e5);
            assertThat(Double.parseDouble(rows.get(row)[1]))
                    .isCloseTo(profile.apiMonthly(volume), org.assertj.core.data.Offset.offset(0.006));
            assertThat(Double.parseDouble(rows.get(row)[2]))
                    .isCloseTo(
                            profile.selfHostMonthly(volume, CostRange.Level.LOW, true),
                            org.assertj.core.data.Offset.offset(0.006));
            assertThat(Double.parseDouble(rows.get(row)[3]))
                    .isCloseTo(
                            profile.selfHostMonthly(volume, CostRange.Level.HIGH, true),
                            org.assertj.core.data.Offset.offset(0.006));
        }
    }

    @Test
    void a_bad_typed_volume_shows_its_message_without_moving_anything_and_the_slider_speaks_the_volume() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        var range = browser.rangeInput("volume-slider");
        browser.until(d -> "50M tokens a day".equals(range.getDomAttribute("aria-valuetext")) ? true : null);
        String tops = "return ['volume-slider', 'volume-field', 'model']"
                + ".map(id => Math.round(document.getElementById(id).getBoundingClientRect().top)).join(',');";
        Object before = browser.js(tops);

        var field = browser.byId("volume-field").findElement(By.tagName("input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "lots", Keys.ENTER);
        browser.until(d -> browser.js("return document.querySelector('.slider-message').textContent;")
                        .toString()
                        .startsWith("Enter 100K to 10B")
                ? true
                : null);

        assertThat(browser.js(tops)).isEqualTo(before);
    }

    @Test
    void the_charts_write_money_and_volumes_exactly_as_the_server_does() {
        browser.open(url(""));
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        double[] values = {
            0,
            0.2,
            7.5,
            99.994,
            99.995,
            375,
            375.5,
            2_700,
            12_345.67,
            999_999,
            2_500_000,
            53_333_333,
            1.5e9,
            2e12,
            -2_700
        };
        for (double v : values) {
            assertThat(browser.js("return customElements.get('breakeven-chart').format('money', arguments[0]);", v))
                    .as("money %s", v)
                    .isEqualTo(Formats.dollars(v));
            assertThat(browser.js("return customElements.get('breakeven-chart').format('tokens', arguments[0]);", v))
                    .as("tokens %s", v)
                    .isEqualTo(Formats.tokens(v));
        }
    }

    @Test
    void month_axes_tick_whole_months_at_36_and_60_months() {
        for (int horizon : new int[] {36, 60}) {
            var saved = signIn.as(
                    TestAccounts.PLANNER,
                    () -> scenarios.save(scenarios
                            .draft()
                            .withName("Months " + horizon + " " + System.nanoTime())
                            .withGrowth(0.05, horizon)));
            browser.open(url("scenarios/" + saved.id()));
            browser.until(d -> ((Number)
                                            browser.js(
                                                    "return document.querySelectorAll('#monthly-chart .apexcharts-xaxis-label').length;"))
                                    .intValue()
                            > 0
                    ? true
                    : null);
            @SuppressWarnings("unchecked")
            var ticks = (java.util.List<String>)
                    browser.js(
                            "return [...document.querySelectorAll('#monthly-chart .apexcharts-xaxis-label tspan')].map(t => t.textContent);");
            assertThat(ticks).as("%d months", horizon).allMatch(t -> t.matches("\\d+"));
            assertThat(ticks.getLast()).isEqualTo(String.valueOf(horizon));
        }
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
        assertThat(browser.headline("shared-api")).isEqualTo("$375");
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
        // Worked in ThreePathsIT: $3.00, $3,070.26 and $14,230.18 a month at 10M tokens a day.
        assertThat(browser.headline("path-api")).isEqualTo("$3.00");
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

    /** One CSV line's cells: quoted cells keep their commas, doubled quotes read as one. */
    private static String[] cells(String line) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
