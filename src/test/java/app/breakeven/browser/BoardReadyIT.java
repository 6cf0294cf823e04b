package app.breakeven.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.breakeven.PostgresTest;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.SharingService;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a board gets: the board link printed to PDF in headless Chromium (charts inside the
 * page, no chart menus, page images with nothing cut at the edge), and the board page, the
 * dashboard and the studio on a 390 px phone with no two inputs overlapping.
 */
@PostgresTest
class BoardReadyIT {

    /** A4 at 96 px an inch with Chromium's default 1 cm margins: 210 mm less 20 mm. */
    private static final int A4_CONTENT_PX = (int) Math.floor((210 - 20) / 25.4 * 96);

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

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private String boardLink() {
        ScenarioDetails saved = signIn.as(
                TestAccounts.PLANNER,
                () -> scenarios.save(scenarios
                        .draft()
                        .withName("Board print " + System.nanoTime())
                        .withGrowth(0.08, 36)));
        String token = signIn.as(
                TestAccounts.PLANNER, () -> sharing.create(saved.id(), 7, true).token());
        return url("shared/" + token);
    }

    private void awaitCharts(int atLeast) {
        browser.until(d -> ((Number)
                                        browser.js(
                                                "return [...document.querySelectorAll('breakeven-chart')].filter(c => c.renderCount > 0).length;"))
                                .intValue()
                        >= atLeast
                ? true
                : null);
    }

    @Test
    void the_board_link_prints_with_every_chart_inside_the_page_and_no_chart_menus() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1400, 1200));
        browser.open(boardLink());
        awaitCharts(3);

        // Laid out as printed on A4: every chart's drawing lies inside the page's width.
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_CONTENT_PX, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.until(d -> {
                @SuppressWarnings("unchecked")
                var boxes = (List<Map<String, Number>>) browser.js("""
                        return [...document.querySelectorAll('breakeven-chart svg.apexcharts-svg')].map(s => {
                          const b = s.getBoundingClientRect();
                          return {left: b.left, right: b.right, width: b.width};
                        });""");
                return !boxes.isEmpty()
                                && boxes.stream()
                                        .allMatch(b -> b.get("left").doubleValue() >= -0.5
                                                && b.get("right").doubleValue() <= A4_CONTENT_PX + 0.5
                                                && b.get("width").doubleValue() > A4_CONTENT_PX * 0.5)
                        ? true
                        : null;
            });
            Object menus = browser.js("""
                    return [...document.querySelectorAll('.apexcharts-toolbar, vaadin-button, .main-bar')]
                        .filter(e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0).length;""");
            assertThat(((Number) menus).intValue())
                    .as("chart menus and buttons shown in print")
                    .isZero();
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        // The real thing: Chromium's PDF, each page turned into an image.
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        String pdf = browser.driver.print(options).getContent();
        try (var document = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 48);
                // Nothing reaches into the page's right margin: a chart cut at the edge would.
                int margin = (int) Math.round(0.8 / 2.54 * 48);
                assertThat(inkIn(image, image.getWidth() - margin, image.getWidth()))
                        .as("ink in the right margin of page %d", page + 1)
                        .isZero();
            }
            BufferedImage first = renderer.renderImageWithDPI(0, 48);
            assertThat(inkIn(first, 0, first.getWidth()))
                    .as("the first page has content")
                    .isPositive();
        }
    }

    /** Dark pixels in the columns from {@code from} (inclusive) to {@code to} (exclusive). */
    private static int inkIn(BufferedImage image, int from, int to) {
        int ink = 0;
        for (int x = Math.max(0, from); x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void on_a_390_px_phone_no_two_inputs_overlap_on_the_board_page_the_dashboard_or_the_studio() {
        String board = boardLink();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.open(board);
            awaitCharts(1);
            assertNoOverlaps("board page");

            browser.signIn(url(""), TestAccounts.PLANNER, TestAccounts.PASSWORD);
            browser.open(url(""));
            awaitCharts(1);
            assertNoOverlaps("dashboard");
            // The headline figures come before the inputs on a phone.
            Number headlines =
                    (Number) browser.js("return document.querySelector('.headlines').getBoundingClientRect().top;");
            Number inputs =
                    (Number) browser.js("return document.querySelector('.controls').getBoundingClientRect().top;");
            assertThat(headlines.doubleValue()).isLessThan(inputs.doubleValue());
            // Password and Sign out stay reachable: inside the screen's width.
            Number signOut = (Number) browser.js("""
                    const b = [...document.querySelectorAll('.main-bar vaadin-button')].find(e => e.textContent.includes('Sign out'));
                    const r = b.getBoundingClientRect();
                    return r.width > 0 && r.right <= window.innerWidth + 0.5 ? 1 : 0;""");
            assertThat(signOut.intValue()).as("Sign out reachable").isEqualTo(1);

            browser.open(url("scenarios/new"));
            awaitCharts(1);
            assertNoOverlaps("studio");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver().manage().window().setSize(new Dimension(1400, 1200));
        }
    }

    /** Every visible input lies inside the screen's width and overlaps no other. */
    private void assertNoOverlaps(String page) {
        @SuppressWarnings("unchecked")
        var found = (List<String>) browser.js("""
                const tags = 'vaadin-text-field, vaadin-integer-field, vaadin-number-field, vaadin-big-decimal-field,'
                    + ' vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-select, vaadin-checkbox,'
                    + ' vaadin-slider, vaadin-decimal-slider, vaadin-button, vaadin-date-picker';
                const boxes = [...document.querySelectorAll(tags)]
                    .filter(e => !e.closest('vaadin-dialog-overlay, vaadin-details:not([opened]), [hidden]'))
                    .map(e => ({e, r: e.getBoundingClientRect()}))
                    .filter(b => b.r.width > 0 && b.r.height > 0);
                const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
                    + (e.label || e.textContent || '').trim().slice(0, 30) + '"';
                const problems = [];
                for (const b of boxes) {
                  if (b.r.left < -0.5 || b.r.right > window.innerWidth + 0.5) {
                    problems.push(name(b.e) + ' sticks out of the screen');
                  }
                }
                for (let i = 0; i < boxes.length; i++) {
                  for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    if (a.e.contains(b.e) || b.e.contains(a.e)) {
                      continue;
                    }
                    const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                    const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                    if (w > 1 && h > 1) {
                      problems.push(name(a.e) + ' overlaps ' + name(b.e));
                    }
                  }
                }
                return problems;""");
        assertThat(found).as(page).isEmpty();
    }
}
