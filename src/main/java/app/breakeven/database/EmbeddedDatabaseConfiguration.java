package app.breakeven.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is set, so the
 * app runs with one command on a fresh machine and still keeps real, durable data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.ephemeral()
                ? Files.createTempDirectory("breakeven-postgres-")
                : properties.directory().toAbsolutePath();
        Files.createDirectories(directory);
        StalePostmaster.clear(directory);
        EmbeddedPostgres postgres = start(directory, properties.port(), properties.ephemeral());
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        var database = new EmbeddedDatabase(postgres, directory, properties.ephemeral());
        if (properties.restart()) {
            database.watch();
        }
        return database;
    }

    private static EmbeddedPostgres start(Path directory, int port, boolean ephemeral) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky turns durability off for throwaway test databases; this one keeps real data.
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setServerConfig("full_page_writes", ephemeral ? "off" : "on")
                .start();
    }

    /**
     * The pool takes the {@code spring.datasource.hikari.*} settings, as Spring Boot's own
     * does for an external database (the connection timeout above all). It is built unstarted
     * so they can be bound: a pool started from a config is sealed.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.postgres().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("breakeven");
        return dataSource;
    }

    /**
     * The running server and its directory; closing stops the server, and deletes an
     * ephemeral directory. Watched, it is started again on the same port and directory when
     * its postmaster is gone (killed, crashed, out of memory): the pool's connections fail
     * meanwhile, callers hear that the database is unavailable, and the pool reconnects
     * once it is back. What was committed is on disk, so nothing committed is lost.
     */
    static final class EmbeddedDatabase implements AutoCloseable {

        private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

        private final Path directory;
        private final boolean ephemeral;
        private final int port;
        private volatile EmbeddedPostgres postgres;
        private ScheduledExecutorService watchdog;
        private boolean closed;

        EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean ephemeral) {
            this.postgres = postgres;
            this.directory = directory;
            this.ephemeral = ephemeral;
            this.port = postgres.getPort();
        }

        EmbeddedPostgres postgres() {
            return postgres;
        }

        Path directory() {
            return directory;
        }

        synchronized void watch() {
            watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .name("embedded-postgres-watchdog")
                    .daemon()
                    .factory());
            watchdog.scheduleWithFixedDelay(
                    this::restartIfStopped, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Whether the postmaster named in the data directory's pid file is alive. */
        boolean running() {
            return StalePostmaster.postmaster(directory).isPresent();
        }

        private synchronized void restartIfStopped() {
            if (closed || running()) {
                return;
            }
            log.warn("Embedded PostgreSQL on port {} has stopped; starting it again", port);
            try {
                postgres.close();
                StalePostmaster.clear(directory);
                postgres = start(directory, port, ephemeral);
                log.info("Embedded PostgreSQL is running again on port {}", port);
            } catch (IOException | RuntimeException e) {
                // Tried again on the next check; meanwhile readiness reports the database down.
                log.error("Could not start the embedded PostgreSQL again; retrying", e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
            postgres.close();
            if (ephemeral) {
                FileSystemUtils.deleteRecursively(directory);
            }
        }
    }
}
