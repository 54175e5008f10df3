package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.NotFoundException;
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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: the region scope of the employment data is enforced by the services. An editor of Biobío (08)
 * enters, corrects and imports Biobío's figures and is refused, with an audit entry each time, on Ñuble (16);
 * programmes are central staff's; every change is audited with its old and new values.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageRegionScopeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    CoverageTestData data;

    @Inject
    CoverageService coverage;

    @Inject
    BonificacionService bonificacion;

    @Inject
    EmploymentSeriesService series;

    @Inject
    ImportService imports;

    @Inject
    ProgrammeService programmes;

    @Inject
    DataQualityService quality;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase());
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    private long denials(String username, String region) throws SQLException {
        return new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ? "
                + "AND region_code = ?", username, region);
    }

    private static CoverageEntry entry(Long id, Integer version, String region, String programme, String comuna,
                                       int beneficiaries) {
        return new CoverageEntry(id, version, region, programme, "2025-03", comuna, 100, beneficiaries, null, null, 1_000_000L);
    }

    @Test
    void anEditorEntersAndCorrectsTheirRegionsFiguresAndEveryChangeIsAudited() throws SQLException {
        String code = CoverageTestData.uniqueCode("SCOPE");
        data.programme(code, 2020);
        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        long id = coverage.save(entry(null, null, "08", code, null, 90));
        CoverageRowView saved = coverage.get(id);
        assertEquals(90, saved.values().beneficiaries());
        coverage.save(entry(id, saved.version(), "08", code, null, 95));
        assertEquals(95, coverage.get(id).values().beneficiaries());
        String changes = new Sql(dataSource).value("SELECT changes FROM audit_entry WHERE entity_type = 'CoverageFigure' "
                + "AND entity_id = ? AND action = 'UPDATE'", String.valueOf(id));
        assertTrue(changes.contains("\"beneficiaries\"") && changes.contains("90") && changes.contains("95"), changes);
        assertEquals("08", new Sql(dataSource).value("SELECT region_code FROM audit_entry WHERE entity_type = "
                + "'CoverageFigure' AND entity_id = ? AND action = 'CREATE'", String.valueOf(id)));
        coverage.delete(id);
        assertEquals(0, new Sql(dataSource).count("SELECT COUNT(*) FROM coverage_figure WHERE id = ?", id));
        assertEquals(1, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CoverageFigure' "
                + "AND entity_id = ? AND action = 'DELETE'", String.valueOf(id)));
    }

    @Test
    void anEditorCannotReadChangeImportOrDeleteAnotherRegionsFigures() throws SQLException {
        String code = CoverageTestData.uniqueCode("SCOPE");
        data.programme(code, 2020);
        String nubleEditor = account(Role.EDITOR, "16");
        login.as(nubleEditor);
        long nubleRow = coverage.save(entry(null, null, "16", code, "16101", 10));
        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        assertThrows(AccessDeniedException.class, () -> coverage.save(entry(null, null, "16", code, null, 5)), "create");
        assertThrows(NotFoundException.class, () -> coverage.get(nubleRow), "read: another region's row is hidden");
        assertThrows(NotFoundException.class, () -> coverage.save(entry(nubleRow, 0, "08", code, null, 1)), "update");
        assertThrows(NotFoundException.class, () -> coverage.delete(nubleRow), "delete");
        assertThrows(AccessDeniedException.class, () -> coverage.find("16", new CoverageService.Query(null, null, null), 0, 10),
                "list");
        assertThrows(AccessDeniedException.class, () -> imports.importFile(Dataset.COVERAGE, "16", "x.csv",
                ("programa,periodo,beneficiarios\n" + code + ",2025-03,1\n").getBytes(StandardCharsets.UTF_8), null),
                "import");
        assertThrows(AccessDeniedException.class, () -> bonificacion.save(new BonificacionEntry(null, null, "16", "2025-03",
                1, 0, 0, 0L, Map.of())), "Bonificación");
        assertThrows(AccessDeniedException.class, () -> series.save(new EmploymentEntry(null, null, "16", "2025-03",
                new BigDecimal("8.0"), 100, 92, "INE", LocalDate.of(2025, 4, 30), false, null)), "employment series");
        assertThrows(AccessDeniedException.class, () -> quality.warnings(Dataset.COVERAGE, "16"), "data quality");
        assertEquals(9, denials(editor, "16"), "every refusal is in the audit log");
        assertEquals("10", new Sql(dataSource).value("SELECT beneficiaries FROM coverage_figure WHERE id = ?", nubleRow),
                "Ñuble's row is untouched");
    }

    @Test
    void programmesAreCentralStaffsAndRegionalFiguresAreTheEditors() {
        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        ProgrammeData programme = new ProgrammeData(CoverageTestData.uniqueCode("P"), "Programa", "SENCE",
                ProgrammeKind.TRAINING, null, 2020, null);
        assertThrows(AccessDeniedException.class, () -> programmes.create(programme));
        login.as(account(Role.CENTRAL));
        long id = programmes.create(programme);
        assertEquals(programme.code(), programmes.get(id).code());
        assertThrows(AccessDeniedException.class, () -> coverage.save(entry(null, null, "08", programme.code(), null, 1)),
                "central staff read every region but do not enter regional figures");
        assertFalse(quality.visibleRegions().isEmpty());
        assertEquals(16, quality.visibleRegions().size(), "the data-quality page shows central staff every region");
    }

    @Test
    void nobodyLoggedInMayChangeAnything() {
        assertThrows(AccessDeniedException.class, () -> coverage.save(entry(null, null, "08", "PIC", null, 1)));
        assertThrows(AccessDeniedException.class, () -> programmes.create(new ProgrammeData("ANON", "x", "y",
                ProgrammeKind.TRAINING, null, 2020, null)));
        assertThrows(AccessDeniedException.class, () -> imports.preview(Dataset.COVERAGE, "08", "x.csv", new byte[1], null));
    }
}
