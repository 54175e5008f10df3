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
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: freezing a programme writes an immutable snapshot whose SHA-256 can be recomputed; the
 * database refuses to change or remove it; a later correction makes a new annotated version and leaves the frozen
 * one as it was.
 */
@ExtendWith(ArquillianExtension.class)
class SnapshotIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    WorkProgramService programs;

    @Inject
    UnitReportService reports;

    @Inject
    SnapshotService snapshots;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase() + "-snap");
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    /** An active programme where Los Lagos (10) reported 100 % and 50 % and central staff approved it. */
    private long programWithAnApprovedReport(String central, String editor) {
        login.as(central);
        long id = GtTestPrograms.active(programs, 2040);
        long first = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 1);
        long second = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 2);
        login.as(editor);
        reports.saveFigure(id, "10", first, new BigDecimal("100"), "Mesa constituida.", null);
        reports.saveFigure(id, "10", second, new BigDecimal("50"), null, null);
        reports.addLink(id, "10", first, "Acta", "https://www.example.cl/acta.pdf");
        reports.submit(id, "10", reports.get(id, "10").unit().version());
        login.as(central);
        reports.approve(id, "10", null, reports.get(id, "10").unit().version());
        return id;
    }

    @Test
    void aFrozenSnapshotIsImmutableVerifiableAndCorrectionsMakeANewVersion() throws SQLException {
        String central = account(Role.CENTRAL);
        String editor = account(Role.EDITOR, "10");
        long id = programWithAnApprovedReport(central, editor);

        SnapshotView first = snapshots.freeze(id, programs.get(id).version());
        assertEquals(1, first.versionNo());
        assertEquals(ProgramStatus.CONGELADO, programs.get(id).status());
        assertEquals(new BigDecimal("80.00"), first.nationalMean());
        assertTrue(first.sha256().matches("[0-9a-f]{64}"));

        SnapshotService.Verification check = snapshots.verify(first.id());
        assertTrue(check.valid());
        assertTrue(check.intact() && check.canonical() && check.matchesLive());
        assertEquals(first.sha256(), check.recomputedHash());

        // the stored text hashes to the stored value, and holds the figures, the evidence and the flags
        Sql sql = new Sql(dataSource);
        String canonical = sql.value("SELECT canonical FROM gt_snapshot WHERE id = ?", first.id());
        assertEquals(first.sha256(), CanonicalJson.sha256(canonical));
        assertTrue(canonical.contains("\"total\":\"80.00\""), canonical);
        assertTrue(canonical.contains("https://www.example.cl/acta.pdf"));
        assertTrue(canonical.contains("\"flags\":[]"));

        // the database refuses to change or remove it, whoever asks
        assertThrows(SQLException.class, () -> sql.execute("UPDATE gt_snapshot SET sha256 = ? WHERE id = ?", "0".repeat(64), first.id()));
        assertThrows(SQLException.class, () -> sql.execute("DELETE FROM gt_snapshot WHERE id = ?", first.id()));
        assertEquals(first.sha256(), sql.value("SELECT sha256 FROM gt_snapshot WHERE id = ?", first.id()));

        // frozen: the unit cannot report any more, and the programme cannot be frozen twice
        long activity = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 1);
        long secondActivity = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 2);
        login.as(editor);
        assertThrows(ValidationException.class, () -> reports.saveFigure(id, "10", activity, BigDecimal.ONE, null, null));
        assertThrows(AccessDeniedException.class, () -> snapshots.newVersion(id, "intento"));
        login.as(central);
        assertThrows(ValidationException.class, () -> snapshots.freeze(id, programs.get(id).version()));

        // a correction after the cut-off: the frozen version stays as it was, the live data differ from it
        int version = reports.get(id, "10").unit().rows().get(1).version();
        reports.correct(id, "10", secondActivity, new BigDecimal("75"),
                "La segunda sesión se acreditó después del cierre.", version);
        SnapshotService.Verification after = snapshots.verify(first.id());
        assertTrue(after.valid(), "the frozen version is still intact");
        assertFalse(after.matchesLive(), "the live data now differ from it");

        assertThrows(ValidationException.class, () -> snapshots.newVersion(id, " "), "a new version needs an annotation");
        SnapshotView second = snapshots.newVersion(id, "Corrección de la actividad 2 de Los Lagos.");
        assertEquals(2, second.versionNo());
        assertEquals(new BigDecimal("90.00"), second.nationalMean());
        assertNotEquals(first.sha256(), second.sha256());
        assertTrue(snapshots.verify(second.id()).matchesLive());
        assertEquals(first.sha256(), sql.value("SELECT sha256 FROM gt_snapshot WHERE id = ?", first.id()));
        assertEquals(canonical, sql.value("SELECT canonical FROM gt_snapshot WHERE id = ?", first.id()));
        assertEquals(List.of(2, 1), snapshots.findByProgram(id).stream().map(SnapshotView::versionNo).toList());

        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) snapshots.get(second.id()).content().get("meta");
        assertEquals("Corrección de la actividad 2 de Los Lagos.", meta.get("annotation"));
        assertEquals(central, meta.get("frozenBy"));
        assertTrue(sql.value("SELECT summary FROM audit_entry WHERE entity_type = 'WorkProgram' AND entity_id = ? "
                + "AND action = 'TRANSITION' ORDER BY id DESC LIMIT 1", String.valueOf(id)).contains(first.sha256()));
    }

    @Test
    void theDemo2007SnapshotVerifiesAndMatchesItsData() throws SQLException {
        login.as(account(Role.CENTRAL));
        long snapshotId = Long.parseLong(new Sql(dataSource).value("SELECT s.id FROM gt_snapshot s JOIN gt_program p "
                + "ON s.program_id = p.id WHERE p.name = 'Programa de Trabajo GT 2007' AND s.version_no = 1"));
        SnapshotService.Verification check = snapshots.verify(snapshotId);
        assertTrue(check.valid());
        assertTrue(check.matchesLive(), "nothing changed since the demo content froze it");
    }

    @Test
    void onlyCentralStaffFreezeAndVerify() {
        String central = account(Role.CENTRAL);
        login.as(central);
        long id = GtTestPrograms.active(programs, 2041);
        login.as(account(Role.EDITOR, "10"));
        assertThrows(AccessDeniedException.class, () -> snapshots.freeze(id, 0));
        assertThrows(AccessDeniedException.class, () -> snapshots.findByProgram(id));
    }
}
