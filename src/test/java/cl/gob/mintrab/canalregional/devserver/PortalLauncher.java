package cl.gob.mintrab.canalregional.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What {@code mvn -Prun} starts: the embedded MariaDB (unless {@code CANAL_DB_URL} points at an external one)
 * and Payara Micro 6 as a child process with the portal's WAR at the root context, configured by the same
 * {@code payara-config/} boot scripts production uses. Ctrl-C stops Payara first, then the database, so the
 * data on disk stays consistent and the next run finds it again.
 *
 * <p>Lives in the test sources because it is a development tool: nothing here is shipped in the WAR.
 */
public final class PortalLauncher {

    private static final Logger LOG = Logger.getLogger(PortalLauncher.class.getName());
    static final int DEFAULT_EMBEDDED_DB_PORT = 33306;

    private final Map<String, String> env;
    private final Path baseDir;
    private EmbeddedDatabase database;
    private Process payara;

    PortalLauncher(Map<String, String> env, Path baseDir) {
        this.env = env;
        this.baseDir = baseDir;
    }

    public static void main(String[] args) throws Exception {
        Path baseDir = Path.of(System.getProperty("canal.basedir", ".")).toAbsolutePath().normalize();
        PortalLauncher launcher = new PortalLauncher(System.getenv(), baseDir);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "canal-shutdown"));
        int exit = launcher.run();
        System.exit(exit);
    }

    int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        int httpPort = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        Path dataDir = resolve(env.getOrDefault("CANAL_DATA_DIR", "data"));
        Files.createDirectories(dataDir);

        String dbUrl = env.get("CANAL_DB_URL");
        String dbUser = env.getOrDefault("CANAL_DB_USER", "canal");
        String dbPassword = env.getOrDefault("CANAL_DB_PASSWORD", "canal");
        if (dbUrl == null || dbUrl.isBlank()) {
            int dbPort = Integer.parseInt(env.getOrDefault("CANAL_EMBEDDED_DB_PORT", String.valueOf(DEFAULT_EMBEDDED_DB_PORT)));
            database = new EmbeddedDatabase(dbPort, dataDir.resolve("mariadb"));
            database.start();
            dbUrl = database.jdbcUrl();
        } else {
            LOG.info("CANAL_DB_URL definido: se usa esa base de datos externa y no se inicia MariaDB embebida.");
        }

        Path payaraDir = Path.of(System.getProperty("canal.payara.dir", baseDir.resolve("target/payara").toString()));
        Path configDir = Path.of(System.getProperty("canal.payara.config", baseDir.resolve("payara-config").toString()));
        Path war = Path.of(System.getProperty("canal.war", baseDir.resolve("target/canal-regional.war").toString()));
        Path runtimeDir = baseDir.resolve("target/payara-runtime");
        deleteRecursively(runtimeDir); // Payara's own scratch space; the portal's data lives in CANAL_DATA_DIR.

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(env.getOrDefault("CANAL_JAVA_OPTS", "-Xms256m -Xmx768m -XX:+UseG1GC").trim().split("\\s+")));
        command.addAll(List.of(
                "-jar", payaraDir.resolve("payara-micro.jar").toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort),
                "--rootdir", runtimeDir.toString(),
                "--addlibs", payaraDir.resolve("lib").toString(),
                "--prebootcommandfile", configDir.resolve("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile", configDir.resolve("post-boot-commands.asadmin").toString(),
                "--nocluster",
                "--disablephonehome"));

        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> childEnv = builder.environment();
        childEnv.put("CANAL_DB_URL", dbUrl);
        childEnv.put("CANAL_DB_USER", dbUser);
        childEnv.put("CANAL_DB_PASSWORD", dbPassword);
        childEnv.put("CANAL_DATA_DIR", dataDir.toString());
        childEnv.putIfAbsent("CANAL_DEMO_DATA", "true");
        payara = builder.start();

        String url = "http://localhost:" + httpPort + "/";
        if (waitUntilReady(httpPort, Duration.ofMinutes(3))) {
            System.out.printf("%n==> Canal Regional disponible en %s (listo en %.1f s). Ctrl-C para detener.%n%n",
                    url, (System.nanoTime() - started) / 1e9);
        } else if (payara.isAlive()) {
            System.out.printf("%n==> El portal no respondió en %s tras 3 minutos: revise los errores de despliegue más arriba"
                    + " (SEVERE). Ctrl-C para detener.%n%n", url);
        }
        return payara.waitFor();
    }

    private boolean waitUntilReady(int httpPort, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    // Readiness is reported before the root context finishes deploying; wait for the home page too.
                    HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/"))
                            .timeout(Duration.ofSeconds(30)).build();
                    if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return true;
                    }
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    /** Stops Payara (graceful, SIGTERM) before the database so that no transaction is cut off. */
    void shutdown() {
        // System.out, not the logger: java.util.logging is already being reset while shutdown hooks run.
        if (payara != null && payara.isAlive()) {
            System.out.println("==> Deteniendo Payara Micro...");
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            System.out.println("==> Deteniendo MariaDB...");
            database.stop();
        }
        System.out.println("==> Canal Regional detenido; los datos quedan en CANAL_DATA_DIR.");
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
