package app.breakeven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiConcurrencyFilterTest {

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("POST", "/api/v1/evaluate");
    }

    @Test
    void a_request_beyond_the_permits_waits_for_one_to_finish() throws Exception {
        var filter = new ApiConcurrencyFilter(1, Duration.ofSeconds(10));
        var ran = new AtomicInteger();
        Held first = hold(filter, ran::incrementAndGet);

        var second = CompletableFuture.supplyAsync(() -> run(filter, ran::incrementAndGet));

        Thread.sleep(200);
        assertThat(second).as("waits while the one permit is taken").isNotDone();
        first.release();
        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(ran).hasValue(2);
    }

    @Test
    void a_request_that_waits_too_long_gets_503_with_retry_after_and_never_runs() throws Exception {
        var filter = new ApiConcurrencyFilter(1, Duration.ofMillis(100));
        var ran = new AtomicInteger();
        Held first = hold(filter, () -> {});

        MockHttpServletResponse refused = run(filter, ran::incrementAndGet);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains(ApiConcurrencyFilter.BUSY);
        assertThat(ran).hasValue(0);
        first.release();
        assertThat(run(filter, ran::incrementAndGet).getStatus())
                .as("the permit came back")
                .isEqualTo(200);
    }

    @Test
    void a_failing_request_gives_its_permit_back() throws Exception {
        var filter = new ApiConcurrencyFilter(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> filter.doFilter(request(), new MockHttpServletResponse(), (q, r) -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(run(filter, () -> {}).getStatus()).isEqualTo(200);
    }

    @Test
    void at_least_one_permit() {
        assertThatThrownBy(() -> new ApiConcurrencyFilter(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A request inside the filter, holding a permit until released; then it runs {@code after}. */
    private record Held(CountDownLatch latch, CompletableFuture<Void> done) {
        void release() throws Exception {
            latch.countDown();
            done.get(5, TimeUnit.SECONDS);
        }
    }

    private static Held hold(ApiConcurrencyFilter filter, Runnable after) throws InterruptedException {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var done = CompletableFuture.runAsync(() -> run(filter, () -> {
            inside.countDown();
            await(release);
            after.run();
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        return new Held(release, done);
    }

    private static MockHttpServletResponse run(ApiConcurrencyFilter filter, Runnable body) {
        var response = new MockHttpServletResponse();
        try {
            filter.doFilter(request(), response, (q, r) -> body.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
