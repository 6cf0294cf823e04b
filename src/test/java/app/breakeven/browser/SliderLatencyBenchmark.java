package app.breakeven.browser;

import app.breakeven.Application;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.Keys;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the dashboard feels: from a key press on the volume slider to the chart repainted,
 * in headless Chromium on loopback (target: p95 at most 150 ms), and the server's time
 * for one slider event, read from the browser's resource timing of each UIDL request
 * (request sent to first response byte; target: median at most 20 ms).
 *
 * <p>Boots the app on an empty embedded database and a free port, so it needs nothing
 * running. Run with {@code ./mvnw -Pbench-ui verify -DskipTests}.
 */
public final class SliderLatencyBenchmark {

    private static final int WARMUP = 40;
    private static final int MOVES = 200;
    /** The first admin's password on the benchmark's throwaway database. */
    private static final String BENCH_PASSWORD = "benchmark-only-" + java.util.UUID.randomUUID();

    private SliderLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        var unavailable = Browser.unavailable();
        if (unavailable.isPresent()) {
            System.out.println("Slider latency benchmark not run: " + unavailable.get());
            return;
        }
        try (ConfigurableApplicationContext app = SpringApplication.run(
                        Application.class,
                        "--breakeven.database.ephemeral=true",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--logging.level.root=WARN",
                        "--breakeven.admin-password=" + BENCH_PASSWORD);
                Browser browser = Browser.start()) {
            String port = app.getEnvironment().getProperty("local.server.port");
            browser.signIn("http://localhost:" + port + "/", "admin", BENCH_PASSWORD);
            browser.open("http://localhost:" + port + "/");
            browser.until(d -> browser.chartRenders() > 0 ? true : null);
            var range = browser.rangeInput("volume-slider");
            browser.js("""
                    window.__bench = {keys: [], renders: []};
                    const chart = document.querySelector('breakeven-chart');
                    chart.addEventListener('chart-rendered', () => window.__bench.renders.push(performance.now()));
                    arguments[0].addEventListener('keydown', () => window.__bench.keys.push(performance.now()), true);
                    """, range);

            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < WARMUP + MOVES; i++) {
                int rendersBefore = ((Number) browser.js("return window.__bench.renders.length;")).intValue();
                // Sweep up 100 steps, then back down, so every move changes the volume.
                range.sendKeys((i / 100) % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
                browser.until(
                        d -> ((Number) browser.js("return window.__bench.renders.length;")).intValue() > rendersBefore
                                ? true
                                : null);
                if (i >= WARMUP) {
                    Number latency =
                            (Number) browser.js("return window.__bench.renders[window.__bench.renders.length - 1]"
                                    + " - window.__bench.keys[window.__bench.keys.length - 1];");
                    latencies.add(latency.doubleValue());
                }
            }
            @SuppressWarnings("unchecked")
            List<Number> server = (List<Number>) browser.js("""
                    return performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl'))
                        .map(e => e.responseStart - e.requestStart);""");
            double[] serverMs = server.stream()
                    .skip(WARMUP)
                    .mapToDouble(Number::doubleValue)
                    .toArray();
            double[] repaintMs =
                    latencies.stream().mapToDouble(Double::doubleValue).toArray();

            System.out.printf(
                    "Slider move to chart repainted, %d moves after %d warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    repaintMs.length, WARMUP, percentile(repaintMs, 50), percentile(repaintMs, 95), max(repaintMs));
            System.out.printf(
                    "Server time per slider event (UIDL request to first byte), %d requests: median %.1f ms, p95 %.1f ms%n",
                    serverMs.length, percentile(serverMs, 50), percentile(serverMs, 95));
            studioWithUncertainty(browser, "http://localhost:" + port + "/");
        }
    }

    /**
     * The studio, with the uncertainty panel closed and then open: from a key press on the volume
     * slider to the headline figures repainted (target: p95 at most 150 ms), to the fan chart of the
     * new simulation repainted (10,000 draws in the background; target: p95 at most 400 ms), and to
     * the monthly chart repainted (in view with the panel closed; out of view with it open, so drawn
     * once the slider rests).
     */
    private static void studioWithUncertainty(Browser browser, String base) {
        browser.open(base + "scenarios/new");
        browser.until(d -> browser.chartRenders() > 0 ? true : null);
        var range = browser.rangeInput("volume-slider");
        browser.js("""
                window.__bench = {keys: [], point: [], fan: [], figures: []};
                const figure = document.querySelector('#studio-api .figure');
                new MutationObserver(() => requestAnimationFrame(() => window.__bench.figures.push(performance.now())))
                    .observe(figure, {childList: true, characterData: true, subtree: true});
                const point = [...document.querySelectorAll('breakeven-chart')]
                    .find(c => !c.closest('#uncertainty') && c.offsetParent !== null);
                point.addEventListener('chart-rendered', () => window.__bench.point.push(performance.now()));
                arguments[0].addEventListener('keydown', () => window.__bench.keys.push(performance.now()), true);
                """, range);
        double[] closed = moves(browser, range, 10, 40, false)[0];
        double[] closedFigures = figures(browser, 40);
        @SuppressWarnings("unchecked")
        List<Number> server = (List<Number>) browser.js("""
                return performance.getEntriesByType('resource')
                    .filter(e => e.name.includes('v-r=uidl'))
                    .map(e => e.responseStart - e.requestStart);""");
        double[] serverMs =
                server.stream().skip(10).mapToDouble(Number::doubleValue).toArray();
        System.out.printf(
                "Studio, uncertainty closed, slider move to point chart repainted, %d moves: p50 %.1f ms, p95 %.1f ms;"
                        + " server time median %.1f ms%n",
                closed.length, percentile(closed, 50), percentile(closed, 95), percentile(serverMs, 50));
        System.out.printf(
                "Studio, uncertainty closed, slider move to headline figures repainted: p50 %.1f ms, p95 %.1f ms%n",
                percentile(closedFigures, 50), percentile(closedFigures, 95));
        browser.driver()
                .findElement(org.openqa.selenium.By.cssSelector("#uncertainty vaadin-details-summary"))
                .click();
        browser.until(
                d -> browser.byId("uncertainty-confidence").getText().startsWith("Self-hosting wins") ? true : null);
        // Watching the distributions: the fan chart in view (the inputs stay in view beside it).
        browser.js("""
                const fan = document.querySelector('#uncertainty-fan');
                fan.addEventListener('chart-rendered', () => window.__bench.fan.push(performance.now()));
                fan.scrollIntoView({block: 'center'});""");
        double[][] open = moves(browser, range, 10, 60, true);
        System.out.printf(
                "Studio, uncertainty open: the fan chart %s in view after the moves%n",
                Boolean.TRUE.equals(browser.js(
                                "const r = document.querySelector('#uncertainty-fan').getBoundingClientRect();"
                                        + " return r.top < window.innerHeight && r.bottom > 0;"))
                        ? "was"
                        : "was not");
        double[] openFigures = figures(browser, 60);
        System.out.printf(
                "Studio, uncertainty open, slider move to headline figures repainted, %d moves: p50 %.1f ms, p95 %.1f ms%n",
                openFigures.length, percentile(openFigures, 50), percentile(openFigures, 95));
        System.out.printf(
                "Studio, uncertainty open, slider move to the monthly chart (out of view, so drawn once the slider"
                        + " rests) repainted, %d moves: p50 %.1f ms, p95 %.1f ms%n",
                open[0].length, percentile(open[0], 50), percentile(open[0], 95));
        System.out.printf(
                "Studio, uncertainty open, slider move to distributions repainted (10,000 draws), %d moves:"
                        + " p50 %.1f ms, p95 %.1f ms%n",
                open[1].length, percentile(open[1], 50), percentile(open[1], 95));
    }

    /**
     * Key press to the headline figure repainted (its text changed and a frame drawn), for the
     * last {@code moves} key presses: the first figure change after each key.
     */
    @SuppressWarnings("unchecked")
    private static double[] figures(Browser browser, int moves) {
        List<Number> out = (List<Number>) browser.js("""
                const b = window.__bench;
                const keys = b.keys.slice(-arguments[0]);
                return keys.map((k, i) => {
                    const next = i + 1 < keys.length ? keys[i + 1] : Infinity;
                    const f = b.figures.find(t => t > k && t < next);
                    return f === undefined ? -1 : f - k;
                });""", moves);
        return out.stream().mapToDouble(Number::doubleValue).filter(v -> v >= 0).toArray();
    }

    /** Key press to the point chart repainted and, when {@code fan}, to the fan chart repainted. */
    private static double[][] moves(
            Browser browser, org.openqa.selenium.WebElement range, int warmup, int moves, boolean fan) {
        List<Double> point = new ArrayList<>();
        List<Double> distributions = new ArrayList<>();
        for (int i = 0; i < warmup + moves; i++) {
            int pointBefore = ((Number) browser.js("return window.__bench.point.length;")).intValue();
            int fanBefore = ((Number) browser.js("return window.__bench.fan.length;")).intValue();
            Keys key = (i / 35) % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT;
            if (fan) {
                // The keys go to the focused slider where it is: WebDriver's sendKeys would first
                // scroll it into view, taking the fan chart the user is watching out of view.
                browser.js("arguments[0].focus({preventScroll: true});", range);
                new org.openqa.selenium.interactions.Actions(browser.driver())
                        .sendKeys(key)
                        .perform();
            } else {
                range.sendKeys(key);
            }
            browser.until(d -> ((Number) browser.js("return window.__bench.point.length;")).intValue() > pointBefore
                    ? true
                    : null);
            if (fan) {
                browser.until(d -> ((Number) browser.js("return window.__bench.fan.length;")).intValue() > fanBefore
                        ? true
                        : null);
            }
            if (i >= warmup) {
                point.add(((Number)
                                browser.js(
                                        "const b = window.__bench; return b.point[b.point.length - 1] - b.keys[b.keys.length - 1];"))
                        .doubleValue());
                if (fan) {
                    distributions.add(((Number)
                                    browser.js(
                                            "const b = window.__bench; return b.fan[b.fan.length - 1] - b.keys[b.keys.length - 1];"))
                            .doubleValue());
                }
            }
        }
        return new double[][] {
            point.stream().mapToDouble(Double::doubleValue).toArray(),
            distributions.stream().mapToDouble(Double::doubleValue).toArray()
        };
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
