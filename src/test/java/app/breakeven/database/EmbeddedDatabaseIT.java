package app.breakeven.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default database keeps data across restarts and survives what a crash leaves behind. */
class EmbeddedDatabaseIT {

    @TempDir
    Path directory;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    private EmbeddedDatabaseConfiguration.EmbeddedDatabase start() throws Exception {
        return configuration.embeddedPostgres(new EmbeddedDatabaseProperties(directory, 0, false));
    }

    private static JdbcTemplate jdbc(HikariDataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Test
    void keeps_data_across_restarts_with_fsync_on() throws Exception {
        try (var db = start();
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            jdbc(ds).execute("create table kept (v int)");
            jdbc(ds).execute("insert into kept values (42)");
            assertThat(jdbc(ds).queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc(ds).queryForObject("show synchronous_commit", String.class))
                    .isEqualTo("on");
        }
        try (var db = start();
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            assertThat(jdbc(ds).queryForObject("select v from kept", Integer.class))
                    .isEqualTo(42);
        }
    }

    @Test
    void starts_over_a_stale_postmaster_pid_whose_number_now_belongs_to_another_process() throws Exception {
        try (var db = start();
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            jdbc(ds).execute("create table kept (v int)");
            jdbc(ds).execute("insert into kept values (7)");
        }
        // A crash leaves postmaster.pid behind; after a reboot its number may be anyone's, even ours.
        Files.writeString(
                directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory + "\n");

        try (var db = start();
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            assertThat(jdbc(ds).queryForObject("select v from kept", Integer.class))
                    .isEqualTo(7);
        }
    }

    @Test
    void stops_a_postmaster_orphaned_by_a_killed_run_and_keeps_its_data() throws Exception {
        var first = start();
        try (var ds = (HikariDataSource) configuration.dataSource(first)) {
            jdbc(ds).execute("create table kept (v int)");
            jdbc(ds).execute("insert into kept values (9)");
        }
        // As if the JVM had been killed: the server keeps running, but nothing holds the directory.
        first.postgres().getProcess();
        releaseLockOnly(first);

        try (var db = start();
                var ds = (HikariDataSource) configuration.dataSource(db)) {
            assertThat(jdbc(ds).queryForObject("select v from kept", Integer.class))
                    .isEqualTo(9);
        }
    }

    @Test
    void refuses_a_directory_that_a_running_instance_holds() throws Exception {
        try (var db = start()) {
            assertThatThrownBy(this::start).hasMessageContaining("in use by another running instance");
        }
    }

    /** Releases zonky's directory lock without stopping the server, as a killed JVM would. */
    private static void releaseLockOnly(EmbeddedDatabaseConfiguration.EmbeddedDatabase db) throws Exception {
        var postgres = db.postgres();
        var lockField = postgres.getClass().getDeclaredField("lock");
        lockField.setAccessible(true);
        ((java.nio.channels.FileLock) lockField.get(postgres)).release();
        var streamField = postgres.getClass().getDeclaredField("lockStream");
        streamField.setAccessible(true);
        ((java.io.FileOutputStream) streamField.get(postgres)).close();
        lockField.set(postgres, null);
    }
}
