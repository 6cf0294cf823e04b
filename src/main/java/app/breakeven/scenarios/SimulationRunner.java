package app.breakeven.scenarios;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs simulations off the request threads, at most as many at once as the machine has cores,
 * so a long run never holds up a screen and many screens never crowd out the requests.
 */
@Component
public class SimulationRunner implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                Thread thread = new Thread(task, "simulation-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    public <T> CompletableFuture<T> submit(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
