package app.breakeven.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.breakeven.PostgresTest;
import app.breakeven.security.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first visit from a browser with an empty cache, sign-in included, transfers at most
 * 500 KB: pages, scripts, styles, fonts and Vaadin's own requests, as the browser counts
 * them (Resource Timing's transfer size: compressed bodies and headers).
 */
@PostgresTest
class FirstVisitIT {

    private static final long BUDGET_BYTES = 500 * 1024;

    /** Everything this page has transferred so far. */
    private static final String TRANSFERRED = """
            return performance.getEntriesByType('navigation')
                .concat(performance.getEntriesByType('resource'))
                .reduce((sum, entry) => sum + (entry.transferSize || 0), 0);""";

    /** Text resources over 1 KB that came over the network uncompressed (fonts and images are compressed already). */
    private static final String UNCOMPRESSED = """
            return performance.getEntriesByType('resource')
                .filter(e => e.transferSize > 0 && e.decodedBodySize > 1024 && e.encodedBodySize >= e.decodedBodySize)
                .map(e => e.name)
                .filter(name => !/\\.(woff2?|png|jpe?g|gif|webp|ico)(\\?|$)/.test(name));""";

    @LocalServerPort
    int port;

    @Test
    void a_first_visit_with_sign_in_transfers_at_most_500_kb() throws InterruptedException {
        var unavailable = Browser.unavailable();
        assumeTrue(unavailable.isEmpty(), () -> "Skipped: no headless browser here: " + unavailable.orElse(""));
        try (var browser = Browser.start()) {
            String base = "http://localhost:" + port + "/";
            browser.open(base + "login");
            browser.until(d -> browser.js("return document.querySelector('vaadin-login-form') !== null"));
            // What the login page loads after its form shows (fonts, icons) counts too.
            Thread.sleep(1000);
            long login = ((Number) browser.js(TRANSFERRED)).longValue();
            assertThat((List<?>) browser.js(UNCOMPRESSED)).isEmpty();

            browser.driver()
                    .findElement(By.cssSelector("vaadin-text-field[name='username'] input"))
                    .sendKeys(TestAccounts.PLANNER);
            browser.driver()
                    .findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                    .sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
            browser.until(d -> d.getCurrentUrl().contains("/login") ? null : true);
            browser.until(d -> browser.chartRenders() > 0);
            Thread.sleep(1000);
            long dashboard = ((Number) browser.js(TRANSFERRED)).longValue();
            assertThat((List<?>) browser.js(UNCOMPRESSED)).isEmpty();

            long total = login + dashboard;
            System.out.printf(
                    "First visit: login page %,d bytes, dashboard after sign-in %,d bytes, total %,d bytes%n",
                    login, dashboard, total);
            assertThat(login).isPositive();
            assertThat(total).isLessThanOrEqualTo(BUDGET_BYTES);
        }
    }
}
