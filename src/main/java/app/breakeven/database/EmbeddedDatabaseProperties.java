package app.breakeven.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no datasource URL is configured.
 *
 * @param directory where the data lives; kept across restarts
 * @param port      the port to listen on, 0 for any free port
 * @param ephemeral start from an empty temporary directory and delete it on shutdown (tests)
 */
@ConfigurationProperties("breakeven.database")
public record EmbeddedDatabaseProperties(Path directory, int port, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (directory == null) {
            directory = Path.of("data", "postgres");
        }
    }
}
