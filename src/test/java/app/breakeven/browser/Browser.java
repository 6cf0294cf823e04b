package app.breakeven.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, for tests and benchmarks
 * where a real browser matters: charts that render, sliders that move.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("breakeven.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("breakeven.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Why no browser can run here, or empty when one can. */
    public static Optional<String> unavailable() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        }
        return Optional.empty();
    }

    public static Browser start() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1400,1200");
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Signs in on the login page at {@code base + "login"} and waits to land in the app. */
    public void signIn(String base, String username, String password) {
        driver.get(base + "login");
        var user = until(d -> d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).stream()
                .findFirst()
                .orElse(null));
        user.sendKeys(username);
        var pass = until(d -> d.findElements(By.cssSelector("vaadin-password-field[name='password'] input")).stream()
                .findFirst()
                .orElse(null));
        pass.sendKeys(password, org.openqa.selenium.Keys.ENTER);
        until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    public WebElement byId(String id) {
        return until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    /** The slider's inner {@code <input type=range>}, where the keys act. */
    public WebElement rangeInput(String sliderId) {
        return until(d -> {
            var host = d.findElements(By.id(sliderId)).stream().findFirst().orElse(null);
            if (host == null) {
                return null;
            }
            List<WebElement> inShadow = host.getShadowRoot().findElements(By.cssSelector("input[type=range]"));
            if (!inShadow.isEmpty()) {
                return inShadow.getFirst();
            }
            return host.findElements(By.cssSelector("input[type=range]")).stream()
                    .findFirst()
                    .orElse(null);
        });
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Text of a headline's figure. */
    public String headline(String id) {
        return byId(id).findElement(By.className("figure")).getText();
    }

    public int chartRenders() {
        Object count = js("const c = document.querySelector('breakeven-chart'); return c ? (c.renderCount || 0) : 0;");
        return ((Number) count).intValue();
    }

    /** Polls until the condition gives a value other than null or false, for up to 20 seconds. */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting in the browser at " + driver.getCurrentUrl(), last);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
