package cl.gob.mintrab.canalregional.devserver;

import cl.gob.mintrab.canalregional.content.BulkPublications;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * {@code mvn -Pbench-seed}: fills the database of a running portal with generated publications for the
 * benchmark, or removes them ({@code -Dbench.count=0}). Database: CANAL_DB_URL/USER/PASSWORD, or the embedded
 * MariaDB of {@code mvn -Prun} (port CANAL_EMBEDDED_DB_PORT, default 33306).
 */
public final class BenchSeed {

    private BenchSeed() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(System.getProperty("bench.count", "100000"));
        String url = System.getenv().getOrDefault("CANAL_DB_URL", "jdbc:mariadb://127.0.0.1:"
                + System.getenv().getOrDefault("CANAL_EMBEDDED_DB_PORT", "33306") + "/canal");
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                System.getenv().getOrDefault("CANAL_DB_USER", "canal"), System.getenv().getOrDefault("CANAL_DB_PASSWORD", "canal"))) {
            long start = System.nanoTime();
            if (count == 0) {
                System.out.println("Publicaciones de prueba eliminadas: " + BulkPublications.delete(c));
            } else {
                BulkPublications.generate(c, count, 2026);
                System.out.printf("Publicaciones de prueba generadas: %d en %.1f s%n", count, (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
