package app.breakeven.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed previous run leaves in the data directory: a {@code postmaster.pid}
 * whose process is gone (or whose number now belongs to another process), or a postmaster
 * still running with no JVM behind it. A directory that a live instance holds is left
 * alone, with a clear message.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {}

    static void clear(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(directory);
        Optional<ProcessHandle> postmaster = postmaster(directory);
        if (postmaster.isPresent()) {
            stop(postmaster.get());
        }
        if (Files.deleteIfExists(pidFile)) {
            log.warn("Removed a stale postmaster.pid left by an earlier run in {}", directory);
        }
    }

    /** The live postmaster whose pid the directory's {@code postmaster.pid} names, if any. */
    static Optional<ProcessHandle> postmaster(Path directory) {
        return readPid(directory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
    }

    private static void requireNoLiveOwner(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException("The database directory " + directory
                + " is in use by another running instance. Stop it, or set breakeven.database.directory"
                + " to another directory.");
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping postmaster {} orphaned by an earlier run", postmaster.pid());
        // SIGTERM is PostgreSQL's smart shutdown: it checkpoints, so nothing committed is lost.
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }
}
