package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.ValidationException;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: importing the 2007 programme through the service stores every re-check flag with the
 * programme (and never blocks the valid data), reports the Región Metropolitana as missing, and a bad file is
 * refused whole with nothing written. Each test imports under a name of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    ProgramImportService imports;

    @Inject
    WorkProgramService programs;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String central() {
        String username = Fixtures.uniqueUsername("central-gt");
        fixtures.account(username, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(username);
        return username;
    }

    private static String name(String what) {
        return "GT " + what + " " + Fixtures.uniqueUsername("prueba");
    }

    private ProgramImportService.ImportRequest request(String name, byte[] report) {
        return new ProgramImportService.ImportRequest(2007, name, "Informe GT 2007 (prueba)", Gt2007.file("objectives.csv"),
                Gt2007.file("activities.csv"), report);
    }

    @Test
    void the2007ReportIsImportedWithEveryFlagAndTheMissingRegion() throws SQLException {
        central();
        String name = name("2007");
        ProgramImporter.Outcome outcome = imports.importProgram(request(name, Gt2007.file("report_2007.csv")));
        assertEquals(3, outcome.objectives());
        assertEquals(12, outcome.activities());
        assertEquals(14, outcome.units());
        assertEquals(89, outcome.figures());
        assertEquals(83, outcome.flags());
        assertEquals(1, outcome.missingUnits());

        Sql sql = new Sql(dataSource);
        Map<String, Long> byKind = sql.rows("SELECT kind, COUNT(*) FROM gt_flag WHERE program_id = ? GROUP BY kind",
                outcome.programId()).stream().collect(Collectors.toMap(r -> r.get(0), r -> Long.parseLong(r.get(1))));
        assertEquals(Map.of("VALOR_DISTINTO", 50L, "INCONSISTENTE_CON_CUMPLIMIENTO", 10L, "VALOR_NO_INFORMADO", 12L,
                "TOTAL_DISTINTO", 10L, "REPORTE_FALTANTE", 1L), byKind);
        // Tarapacá (1ª Región), activity 2: the report says 32.5, weights and compliance give 37.5
        List<String> tarapaca = sql.rows("SELECT reported, computed, detail FROM gt_flag WHERE program_id = ? "
                + "AND region_code = '01' AND activity_number = 2 AND kind = 'VALOR_DISTINTO'", outcome.programId()).get(0);
        assertEquals("32.50", tarapaca.get(0));
        assertEquals("37.50", tarapaca.get(1));
        assertTrue(tarapaca.get(2).contains("32,5") && tarapaca.get(2).contains("37,5"), tarapaca.get(2));
        // the Región Metropolitana is expected but did not report
        assertEquals(List.of("13"), sql.column("SELECT region_code FROM gt_flag WHERE program_id = ? "
                + "AND kind = 'REPORTE_FALTANTE'", outcome.programId()));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM gt_unit_report WHERE program_id = ? AND region_code = '13'",
                outcome.programId()));
        // the flags never blocked the data: every figure is there, as reported, with what the document said
        assertEquals("32.50", sql.value("SELECT ar.reported_cumulative FROM gt_activity_report ar JOIN gt_unit_report ur "
                + "ON ar.unit_report_id = ur.id JOIN gt_activity a ON ar.activity_id = a.id WHERE ur.program_id = ? "
                + "AND ur.region_code = '01' AND a.number = 2", outcome.programId()));
        assertTrue(sql.value("SELECT note FROM gt_program_unit WHERE program_id = ? AND region_code = '01'",
                outcome.programId()).contains("Arica y Parinacota"));
        assertEquals("ACTIVO", sql.value("SELECT status FROM gt_program WHERE id = ?", outcome.programId()));

        ProgramResults.Results results = programs.results(outcome.programId());
        assertEquals(new BigDecimal("76.92"), results.national().mean());
        assertEquals(new BigDecimal("77.50"), results.unit("01").total());
        assertEquals(new BigDecimal("45.00"), results.unit("NC").total());
        assertEquals(List.of("13"), results.national().missing());
        // default evidence sections, from the descriptions: activity 3 is employment information
        assertEquals(List.of("ACTIVIDAD_EMPLEO", "SERIE_EMPLEO"), results.activities(ActivityScope.REGIONAL).get(2).sections());
        assertEquals(List.of("BONIFICACION"), results.activities(ActivityScope.REGIONAL).get(4).sections());
    }

    @Test
    void aReportWithABadRowIsRefusedWholeAndNothingIsWritten() throws SQLException {
        central();
        String name = name("malo");
        String report = new String(Gt2007.file("report_2007.csv"), StandardCharsets.UTF_8)
                .replace("3ª Región,03,4,10,100,52.5", "3ª Región,03,4,10,120,52.5")
                .replace("Región Metropolitana,13,,,,", "Región Inexistente,,1,25,100,25");
        Sql sql = new Sql(dataSource);
        long programsBefore = sql.count("SELECT COUNT(*) FROM gt_program");
        long flagsBefore = sql.count("SELECT COUNT(*) FROM gt_flag");
        ValidationException e = assertThrows(ValidationException.class,
                () -> imports.importProgram(request(name, report.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("gt_import.compliance_out_of_range", "gt_import.unit_unknown"),
                e.getErrors().stream().map(ValidationException.FieldError::messageKey).toList());
        assertEquals(24, e.getErrors().get(0).arguments()[1], "the row of the 3ª Región's activity 4");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM gt_program WHERE name = ?", name));
        assertEquals(programsBefore, sql.count("SELECT COUNT(*) FROM gt_program"));
        assertEquals(flagsBefore, sql.count("SELECT COUNT(*) FROM gt_flag"));
    }

    @Test
    void weightsThatDoNotAddUpToOneHundredAreRefused() throws SQLException {
        central();
        String name = name("pesos");
        byte[] activities = new String(Gt2007.file("activities.csv"), StandardCharsets.UTF_8)
                .replace("CENTRAL,5,Diseño y aplicación de programa de asistencia técnica a las instancias de coordinación técnica y sectorial constituidas en las regiones.,,20",
                        "CENTRAL,5,Diseño y aplicación de programa de asistencia técnica a las instancias de coordinación técnica y sectorial constituidas en las regiones.,,15")
                .getBytes(StandardCharsets.UTF_8);
        ValidationException e = assertThrows(ValidationException.class, () -> imports.importProgram(
                new ProgramImportService.ImportRequest(2007, name, null, Gt2007.file("objectives.csv"), activities,
                        Gt2007.file("report_2007.csv"))));
        assertEquals("gt_import.weights_not_100", e.getErrors().get(0).messageKey());
        assertEquals(0, new Sql(dataSource).count("SELECT COUNT(*) FROM gt_program WHERE name = ?", name));
    }

    @Test
    void withoutAReportTheProgrammeIsADraftForEveryCurrentUnit() throws SQLException {
        central();
        ProgramImporter.Outcome outcome = imports.importProgram(request(name("borrador"), null));
        assertEquals(0, outcome.flags());
        Sql sql = new Sql(dataSource);
        assertEquals("BORRADOR", sql.value("SELECT status FROM gt_program WHERE id = ?", outcome.programId()));
        assertEquals(17, sql.count("SELECT COUNT(*) FROM gt_program_unit WHERE program_id = ?", outcome.programId()));
    }

    @Test
    void onlyCentralStaffImport() throws SQLException {
        String editor = Fixtures.uniqueUsername("editor-gt");
        fixtures.account(editor, Set.of(Role.EDITOR), Set.of("08"), Set.of());
        login.as(editor);
        String name = name("editor");
        assertThrows(AccessDeniedException.class, () -> imports.importProgram(request(name, Gt2007.file("report_2007.csv"))));
        assertEquals(1, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'ACCESS_DENIED'",
                editor));
    }

    @Test
    void theDemoContentLoadedThe2007ProgrammeThroughTheSameImport() throws SQLException {
        Sql sql = new Sql(dataSource);
        String id = sql.value("SELECT id FROM gt_program WHERE name = 'Programa de Trabajo GT 2007' AND demo = TRUE");
        assertEquals(83, sql.count("SELECT COUNT(*) FROM gt_flag WHERE program_id = ?", id));
        assertEquals("CONGELADO", sql.value("SELECT status FROM gt_program WHERE id = ?", id));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM gt_snapshot WHERE program_id = ?", id));
        assertTrue(sql.count("SELECT COUNT(*) FROM gt_unit_report r JOIN gt_program p ON r.program_id = p.id "
                + "WHERE p.name = 'Programa de Trabajo GT 2026' AND r.status = 'APROBADO'") >= 6);
    }
}
