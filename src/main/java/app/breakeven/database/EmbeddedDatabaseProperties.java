package app.breakeven.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no datasource URL is configured.
 *
 * @param directory where the data lives; kept across restarts
 * @param port      the port to listen on, 0 for any free port
 * @param ephemeral start from an empty temporary directory and delete it on shutdown (tests)
 * @param restart   start the server again should it stop while the app runs (killed, crashed)
 */
@ConfigurationProperties("breakeven.database")
public record EmbeddedDatabaseProperties(
        Path directory,
        int port,
        boolean ephemeral,
        @DefaultValue("true") boolean restart) {

    @ConstructorBinding
    public EmbeddedDatabaseProperties {
        if (directory == null) {
            directory = Path.of("data", "postgres");
        }
    }

    /** A server that is not restarted should it stop (tests that stop it on purpose). */
    public EmbeddedDatabaseProperties(Path directory, int port, boolean ephemeral) {
        this(directory, port, ephemeral, false);
    }
}
