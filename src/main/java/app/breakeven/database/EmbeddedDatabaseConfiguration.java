package app.breakeven.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // zonky turns durability off for throwaway test databases; this one keeps real data.
                .setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
                .setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on")
                .setServerConfig("full_page_writes", properties.ephemeral() ? "off" : "on")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return new EmbeddedDatabase(postgres, directory, properties.ephemeral());
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

    /** The running server and its directory; closing stops the server, and deletes an ephemeral directory. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean ephemeral) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            postgres.close();
            if (ephemeral) {
                FileSystemUtils.deleteRecursively(directory);
            }
        }
    }
}
