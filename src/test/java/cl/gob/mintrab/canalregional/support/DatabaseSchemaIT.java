package cl.gob.mintrab.canalregional.support;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside Payara: the schema Flyway built at start-up, against the test MariaDB. */
@ExtendWith(ArquillianExtension.class)
class DatabaseSchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Test
    void everyMigrationSucceeded() throws SQLException {
        List<String> failed = strings("SELECT version FROM flyway_schema_history WHERE success = 0");
        assertTrue(failed.isEmpty(), "failed migrations: " + failed);
        assertFalse(strings("SELECT version FROM flyway_schema_history WHERE version = '2'").isEmpty());
    }

    @Test
    void everyTableIsInnoDbWithTheSpanishAccentInsensitiveCollation() throws SQLException {
        List<String> wrong = strings("""
                SELECT CONCAT(table_name, ' ', engine, ' ', table_collation) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                  AND (engine <> 'InnoDB' OR table_collation <> 'utf8mb4_uca1400_spanish_ai_ci')""");
        assertTrue(wrong.isEmpty(), "tables with another engine or collation: " + wrong);
    }

    @Test
    void accentsAreIgnoredButEnyeIsALetterOfItsOwn() throws SQLException {
        assertEquals(List.of("Región de Ñuble"), strings("SELECT name FROM region WHERE name = 'region de ñuble'"));
        assertTrue(strings("SELECT name FROM region WHERE name = 'Region de Nuble'").isEmpty(),
                "'ñ' must not match 'n'");
    }

    private List<String> strings(String sql) throws SQLException {
        return new Sql(dataSource).column(sql);
    }
}
