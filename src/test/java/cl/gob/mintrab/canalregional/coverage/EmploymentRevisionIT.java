package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: a revised employment figure keeps the values it replaced, whether it is revised in the form or
 * by an import, and the public read model shows the history. Works on quarters of 2015, which no demo data uses.
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentRevisionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    EmploymentSeriesService series;

    @Inject
    ImportService imports;

    @Inject
    EmploymentDataService publicData;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String editor(String region) {
        String username = Fixtures.uniqueUsername("editor");
        fixtures.account(username, Set.of(Role.EDITOR), Set.of(region), Set.of());
        login.as(username);
        return username;
    }

    @Test
    void aRevisionInTheFormKeepsThePreviousValues() throws SQLException {
        String editor = editor("09");
        long id = series.save(new EmploymentEntry(null, null, "09", "2015-06", new BigDecimal("7.9"), 450_000, 414_450,
                "INE, Encuesta Nacional de Empleo", LocalDate.of(2015, 7, 31), false, null));
        EmploymentFigureView first = series.get(id);
        assertFalse(first.revised());
        assertEquals(List.of(), first.revisions());

        series.save(new EmploymentEntry(id, first.version(), "09", "2015-06", new BigDecimal("8.1"), 450_000, 413_550,
                "INE, Encuesta Nacional de Empleo", LocalDate.of(2015, 8, 28), false, "Nuevos factores de expansión"));
        EmploymentFigureView revised = series.get(id);
        assertTrue(revised.revised(), "a changed figure is marked as revised");
        assertEquals(new BigDecimal("8.1"), revised.values().unemploymentRate());
        assertEquals(1, revised.revisions().size());
        EmploymentFigureView.Revision previous = revised.revisions().get(0);
        assertEquals(new BigDecimal("7.9"), previous.values().unemploymentRate());
        assertEquals(414_450, previous.values().employed());
        assertEquals(LocalDate.of(2015, 7, 31), previous.values().publishedOn());
        assertEquals(editor, previous.replacedBy());
        assertEquals("Nuevos factores de expansión", previous.note());

        series.save(new EmploymentEntry(id, revised.version(), "09", "2015-06", new BigDecimal("8.1"), 450_000, 413_550,
                "INE, Encuesta Nacional de Empleo", LocalDate.of(2015, 8, 28), true, null));
        assertEquals(1, series.get(id).revisions().size(), "saving the same figures again is not a revision");

        EmploymentFigureView shown = publicData.employmentSeries("09", 200).stream()
                .filter(f -> f.quarterEnd().equals(YearMonth.of(2015, 6))).findFirst().orElseThrow();
        assertEquals(1, shown.revisions().size(), "the public page shows the history");
        assertEquals(1, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = "
                + "'EmploymentFigureRevision' AND region_code = '09' AND actor = ?", editor));
    }

    @Test
    void anImportedRevisionKeepsThePreviousValuesToo() throws SQLException {
        String editor = editor("10");
        String header = "trimestre,tasa_desocupacion,fuerza_de_trabajo,ocupados,fuente,fecha_publicacion,nota_revision\n";
        imports.importFile(Dataset.EMPLOYMENT, "10", "serie.csv", (header
                + "2015-01,5.0,400000,380000,INE,2015-02-27,\n2015-02,5.1,400000,379600,INE,2015-03-31,\n")
                .getBytes(StandardCharsets.UTF_8), null);
        ImportResult result = imports.importFile(Dataset.EMPLOYMENT, "10", "revision.csv", (header
                + "2015-01,5.0,400000,380000,INE,2015-02-27,\n2015-02,5.3,401000,379747,INE,2015-04-30,Revisión anual\n")
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(new ImportCounts(2, 0, 1, 1), result.counts());
        List<List<String>> history = new Sql(dataSource).rows("SELECT v.unemployment_rate, v.employed, v.replaced_by, v.note "
                + "FROM employment_figure_revision v JOIN employment_figure e ON e.id = v.figure_id "
                + "WHERE e.region_code = '10' AND e.quarter_end = '2015-02-01'");
        assertEquals(List.of(List.of("5.1", "379600", editor, "Revisión anual")), history);
        assertEquals(List.of("5.3", "1"), new Sql(dataSource).rows("SELECT unemployment_rate, revised FROM employment_figure "
                + "WHERE region_code = '10' AND quarter_end = '2015-02-01'").get(0));
    }
}
