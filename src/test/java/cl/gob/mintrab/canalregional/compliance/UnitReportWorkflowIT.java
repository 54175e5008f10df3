package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.NotFoundException;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: the weight rule at activation, a unit's editors entering figures and evidence for their own
 * unit only, per-unit approval and send-back by central staff as audited transitions, corrections with a reason,
 * commitments carried into the next stage, the stage reports, and what the portal itself holds shown as evidence
 * for the sections each activity is mapped to.
 */
@ExtendWith(ArquillianExtension.class)
class UnitReportWorkflowIT {

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
    StageReportService stages;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase() + "-gt");
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    @Test
    void aProgrammeIsActivatedOnlyWhenEachScopesWeightsAddUpToExactlyOneHundred() {
        login.as(account(Role.CENTRAL));
        long id = GtTestPrograms.draft(programs, 2030);
        long second = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 2);
        ActivityView activity = programs.results(id).activities(ActivityScope.REGIONAL).get(1);
        programs.saveActivity(id, new WorkProgramService.ActivityData(second, ActivityScope.REGIONAL, 2,
                activity.description(), new BigDecimal("39.99"), activity.objectiveIds(), activity.version()));
        ValidationException e = assertThrows(ValidationException.class, () -> programs.activate(id, programs.get(id).version()));
        assertEquals("gt.weights_not_100", e.getErrors().get(0).messageKey());
        assertTrue(cl.gob.mintrab.canalregional.support.Texts.get(e.getErrors().get(0).messageKey(),
                e.getErrors().get(0).arguments()).contains("99,99"));
        assertEquals(ProgramStatus.BORRADOR, programs.get(id).status());

        programs.saveActivity(id, new WorkProgramService.ActivityData(second, ActivityScope.REGIONAL, 2,
                activity.description(), new BigDecimal("40"), activity.objectiveIds(), programs.results(id)
                .activities(ActivityScope.REGIONAL).get(1).version()));
        programs.activate(id, programs.get(id).version());
        assertEquals(ProgramStatus.ACTIVO, programs.get(id).status());
        assertThrows(ValidationException.class, () -> programs.saveActivity(id, new WorkProgramService.ActivityData(null,
                ActivityScope.REGIONAL, 3, "Otra", new BigDecimal("10"), List.of(), null)), "no new weights once active");
    }

    @Test
    void anEditorReportsTheirUnitAndCentralStaffApproveOrSendItBack() throws SQLException {
        String central = account(Role.CENTRAL);
        login.as(central);
        long id = GtTestPrograms.active(programs, 2031);
        long first = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 1);
        long second = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 2);

        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        ValidationException outOfRange = assertThrows(ValidationException.class,
                () -> reports.saveFigure(id, "08", first, new BigDecimal("120"), null, null));
        assertEquals("compliance", outOfRange.getErrors().get(0).field());
        assertEquals("El cumplimiento debe estar entre 0 y 100 %, con hasta dos decimales.",
                cl.gob.mintrab.canalregional.support.Texts.get(outOfRange.getErrors().get(0).messageKey()));
        reports.saveFigure(id, "08", first, new BigDecimal("100"), "Mesa Técnica constituida en marzo.", null);
        reports.addLink(id, "08", first, "Acta de constitución", "https://www.example.cl/acta.pdf");
        reports.addFile(id, "08", second, "Informe trimestral", "informe.pdf",
                "%PDF-1.4\nprueba".getBytes(StandardCharsets.US_ASCII));
        ValidationException incomplete = assertThrows(ValidationException.class,
                () -> reports.submit(id, "08", reports.get(id, "08").unit().version()));
        assertEquals("gt.submit_incomplete", incomplete.getErrors().get(0).messageKey());
        reports.saveFigure(id, "08", second, new BigDecimal("50"), null, null);
        UnitReportService.UnitPage page = reports.get(id, "08");
        assertEquals(new BigDecimal("80.00"), page.unit().total(), "60 x 100 % + 40 x 50 %");
        assertEquals(2, page.unit().rows().get(0).evidence().size() + page.unit().rows().get(1).evidence().size());
        reports.submit(id, "08", page.unit().version());
        assertThrows(ValidationException.class, () -> reports.saveFigure(id, "08", first, BigDecimal.TEN, null, null),
                "a sent report is locked for the unit");
        assertThrows(AccessDeniedException.class, () -> reports.approve(id, "08", null, 0), "editors do not approve");

        login.as(central);
        int version = reports.get(id, "08").unit().version();
        assertThrows(ValidationException.class, () -> reports.sendBack(id, "08", " ", version), "a send-back needs a comment");
        reports.sendBack(id, "08", "Falta el acta de la segunda sesión.", version);
        assertEquals(UnitReportStatus.DEVUELTO, reports.get(id, "08").unit().status());

        login.as(editor);
        reports.saveFigure(id, "08", second, new BigDecimal("75"), "Se agregó el acta.", reports.get(id, "08").unit().rows().get(1).version());
        reports.submit(id, "08", reports.get(id, "08").unit().version());

        login.as(central);
        reports.approve(id, "08", "Conforme.", reports.get(id, "08").unit().version());
        UnitReportService.UnitPage approved = reports.get(id, "08");
        assertEquals(UnitReportStatus.APROBADO, approved.unit().status());
        assertEquals(central, approved.unit().reviewedBy());
        assertEquals(new BigDecimal("90.00"), approved.unit().total());

        Sql sql = new Sql(dataSource);
        List<String> transitions = sql.column("SELECT summary FROM audit_entry WHERE entity_type = 'UnitReport' "
                + "AND entity_id = ? AND action = 'TRANSITION' ORDER BY id", String.valueOf(approved.unit().unitReportId()));
        assertEquals(List.of("BORRADOR -> ENVIADO", "ENVIADO -> DEVUELTO: Falta el acta de la segunda sesión.",
                "DEVUELTO -> ENVIADO", "ENVIADO -> APROBADO: Conforme."), transitions);
        assertEquals("08", sql.value("SELECT region_code FROM audit_entry WHERE entity_type = 'UnitReport' AND entity_id = ? "
                + "AND action = 'TRANSITION' ORDER BY id DESC LIMIT 1", String.valueOf(approved.unit().unitReportId())));

        login.as(editor);
        assertThrows(ValidationException.class, () -> reports.saveFigure(id, "08", first, BigDecimal.ONE, null, null),
                "an approved report is locked");

        login.as(central);
        long figureVersion = reports.get(id, "08").unit().rows().get(0).version();
        assertThrows(ValidationException.class, () -> reports.correct(id, "08", first, new BigDecimal("90"), "", (int) figureVersion));
        reports.correct(id, "08", first, new BigDecimal("90"), "El acta de marzo no tenía quórum.", (int) figureVersion);
        assertEquals(new BigDecimal("84.00"), reports.get(id, "08").unit().total());
        List<String> correction = sql.rows("SELECT action, summary, changes FROM audit_entry WHERE entity_type = "
                + "'ActivityReport' AND summary LIKE 'Corrección:%' AND actor = ?", central).get(0);
        assertEquals("UPDATE", correction.get(0));
        assertTrue(correction.get(2).contains("100.00") && correction.get(2).contains("90.00"), correction.get(2));
    }

    @Test
    void anEditorNeitherSeesNorTouchesAnotherUnitsReport() throws SQLException {
        login.as(account(Role.CENTRAL));
        long id = GtTestPrograms.active(programs, 2032);
        long first = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 1);
        long central = GtTestPrograms.activityId(programs, id, ActivityScope.CENTRAL, 1);
        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        reports.get(id, "08");
        assertThrows(NotFoundException.class, () -> reports.get(id, "16"), "another region's report is hidden");
        assertThrows(NotFoundException.class, () -> reports.saveFigure(id, "16", first, BigDecimal.TEN, null, null));
        assertThrows(NotFoundException.class, () -> reports.addLink(id, "16", first, "x", "https://example.cl"));
        assertThrows(NotFoundException.class, () -> reports.submit(id, "16", 0));
        assertThrows(AccessDeniedException.class, () -> programs.results(id), "the national view is for central staff");
        assertEquals(5, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'ACCESS_DENIED'",
                editor));
        assertTrue(programs.findMyReports().stream().anyMatch(r -> r.programId() == id && r.regionCode().equals("08")));
        assertFalse(programs.findMyReports().stream().anyMatch(r -> r.regionCode().equals("16")));

        String nivelCentral = account(Role.EDITOR, "NC");
        login.as(nivelCentral);
        assertThrows(NotFoundException.class, () -> reports.saveFigure(id, "NC", first, BigDecimal.TEN, null, null),
                "a regional activity is not the Nivel Central's");
        reports.saveFigure(id, "NC", central, new BigDecimal("100"), null, null);
        assertEquals(new BigDecimal("100.00"), reports.get(id, "NC").unit().total());
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefused() {
        login.as(account(Role.CENTRAL));
        long id = GtTestPrograms.active(programs, 2033);
        long first = GtTestPrograms.activityId(programs, id, ActivityScope.REGIONAL, 1);
        login.as(account(Role.EDITOR, "05"));
        reports.saveFigure(id, "05", first, new BigDecimal("50"), null, null);
        int read = reports.get(id, "05").unit().rows().get(0).version();
        reports.saveFigure(id, "05", first, new BigDecimal("75"), null, read);
        assertThrows(ConcurrentChangeException.class, () -> reports.saveFigure(id, "05", first, new BigDecimal("25"), null, read));
        assertEquals(new BigDecimal("75.00"), reports.get(id, "05").unit().rows().get(0).compliance());
    }

    @Test
    void openCommitmentsAreCarriedIntoTheNextStageAndOverdueOnesStandOut() throws SQLException {
        login.as(account(Role.CENTRAL));
        long id = GtTestPrograms.active(programs, 2034);
        int stage = programs.get(id).stage();
        stages.saveCommitment(id, null, stage, null, "Enviar el acta tipo", "Nivel Central",
                LocalDate.now().minusDays(10), CommitmentStatus.PENDIENTE, null);
        stages.saveCommitment(id, null, stage, null, "Calendario de sesiones", "Seremías",
                LocalDate.now().plusDays(10), CommitmentStatus.EN_CURSO, null);
        stages.saveCommitment(id, null, stage, null, "Formato de reporte", "Nivel Central",
                LocalDate.now().minusDays(30), CommitmentStatus.CUMPLIDO, null);
        assertEquals(1, programs.findOverdue(id).size());

        assertEquals(2, programs.advanceStage(id, programs.get(id).version()));
        assertEquals(stage + 1, programs.get(id).stage());
        List<CommitmentView> all = stages.get(id).commitments();
        assertEquals(5, all.size());
        assertEquals(2, all.stream().filter(c -> c.status() == CommitmentStatus.TRASPASADO).count());
        assertEquals(2, all.stream().filter(c -> c.stage() == stage + 1 && c.carriedFromId() != null).count());
        assertEquals(List.of("Enviar el acta tipo"), programs.findOverdue(id).stream().map(CommitmentView::description).toList());
        assertEquals(stage + 1, programs.findOverdue(id).get(0).stage(), "the overdue one went on to the next stage");
        assertEquals("Etapa " + stage + " -> Etapa " + (stage + 1) + ": 2 compromisos traspasados",
                new Sql(dataSource).value("SELECT summary FROM audit_entry WHERE entity_type = 'WorkProgram' AND entity_id = ? "
                        + "AND action = 'TRANSITION' ORDER BY id DESC LIMIT 1", String.valueOf(id)));
    }
    @Test
    void whatThePortalHoldsStandsAsEvidenceForTheSectionsMappedToEachActivity() throws SQLException {
        login.as(account(Role.CENTRAL));
        int year = LocalDate.now(Formats.ZONE).getYear();
        long id = GtTestPrograms.draft(programs, year);
        ActivityView first = programs.results(id).activities(ActivityScope.REGIONAL).get(0);
        ActivityView second = programs.results(id).activities(ActivityScope.REGIONAL).get(1);
        programs.setSections(first.id(), List.of(PortalSection.MESA_TECNICA.name()), first.version());
        // Publications are evidence too (content.PublicationEvidenceSources), as the public sees them.
        // So is the region's employment data (coverage.EmploymentEvidenceSources): one item per month or quarter.
        programs.setSections(second.id(), List.of(PortalSection.SERIE_EMPLEO.name(), PortalSection.ACUERDO.name(),
                PortalSection.COBERTURA.name()), second.version());
        assertThrows(ValidationException.class, () -> programs.setSections(first.id(), List.of("NO_EXISTE"),
                programs.results(id).activities(ActivityScope.REGIONAL).get(0).version()));
        assertEquals(List.of(PortalSection.MESA_TECNICA.name()),
                programs.results(id).activities(ActivityScope.REGIONAL).get(0).sections());
        programs.activate(id, programs.get(id).version());

        Sql sql = new Sql(dataSource);
        String tecnica = "Mesa Técnica de prueba " + Fixtures.uniqueUsername("m");
        String insert = "INSERT INTO mesa (region_code, kind, name, created_at, updated_at) "
                + "VALUES (?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))";
        sql.execute(insert, "08", "TECNICA", tecnica);
        sql.execute(insert, "08", "SECTORIAL", "Mesa Sectorial de prueba " + Fixtures.uniqueUsername("m"));
        sql.execute(insert, "16", "TECNICA", "Mesa Técnica de otra región " + Fixtures.uniqueUsername("m"));
        long expected = sql.count("SELECT COUNT(*) FROM mesa WHERE region_code = '08' AND kind = 'TECNICA' "
                + "AND (YEAR(created_at) = ? OR YEAR(updated_at) = ?)", year, year);

        login.as(account(Role.EDITOR, "08"));
        UnitReportService.UnitPage page = reports.get(id, "08");
        PortalEvidence mesas = page.portal(first.id());
        assertEquals(List.of(new PortalEvidence.SectionCount(PortalSection.MESA_TECNICA.name(), true, (int) expected)),
                mesas.sections());
        assertTrue(mesas.items().stream().anyMatch(i -> i.title().equals(tecnica)), "the region's own Mesa Técnica");
        assertTrue(mesas.items().stream().allMatch(i -> i.section().equals(PortalSection.MESA_TECNICA.name())),
                "neither the Mesa Sectorial nor another region's mesa");
        long acuerdos = sql.count("SELECT COUNT(*) FROM published_item WHERE region_code = '08' AND kind = 'ACUERDO' "
                + "AND (YEAR(first_published_at) = ? OR YEAR(published_at) = ?)", year, year);
        long coverageMonths = sql.count("SELECT COUNT(DISTINCT period) FROM coverage_figure WHERE region_code = '08' "
                + "AND YEAR(updated_at) = ?", year);
        long quarters = sql.count("SELECT COUNT(DISTINCT quarter_end) FROM employment_figure WHERE region_code = '08' "
                + "AND YEAR(updated_at) = ?", year);
        assertTrue(coverageMonths > 0 && quarters > 0, "the demo content has this year's employment data for Biobío");
        PortalEvidence published = page.portal(second.id());
        assertEquals(List.of(new PortalEvidence.SectionCount(PortalSection.ACUERDO.name(), true, (int) acuerdos),
                new PortalEvidence.SectionCount(PortalSection.COBERTURA.name(), true, (int) coverageMonths),
                new PortalEvidence.SectionCount(PortalSection.SERIE_EMPLEO.name(), true, (int) quarters)),
                published.sections(), "in the order of the sections");
        assertTrue(published.items().stream().filter(i -> i.section().equals(PortalSection.ACUERDO.name()))
                        .allMatch(i -> i.path().startsWith("/region/biobio/acuerdos-y-coordinacion/")),
                "the region's own published agreements, linked to their pages");
        assertTrue(published.items().stream().filter(i -> !i.section().equals(PortalSection.ACUERDO.name()))
                        .allMatch(i -> i.path().startsWith("/region/biobio/empleo?periodo=")),
                "employment data linked to the region's Empleo page at that month");
        assertTrue(published.items().stream().anyMatch(i -> i.title().startsWith("Cobertura de programas de ")),
                "titled in Spanish");

        reports.addPortalItem(id, "08", first.id(), PortalSection.MESA_TECNICA.name(), tecnica, null);
        assertEquals(1, reports.get(id, "08").unit().rows().get(0).evidence().size(), "kept as a medio de verificación");
    }

    @Test
    void centralStaffWriteTheStageReportsAndEditorsOnlyReadThem() {
        login.as(account(Role.CENTRAL));
        long id = GtTestPrograms.active(programs, 2035);
        List<ObjectiveView> objectives = programs.results(id).objectives();
        long objective = objectives.get(0).id();

        // Etapa 3: análisis del avance per objective, and the information-system improvement plan
        stages.saveAnalysis(id, objective, "Mesas técnicas constituidas en todas las regiones.",
                "Institucionalizar su funcionamiento.", "Analizar con los Seremis el estado de las mesas.",
                "Equipo GT", null);
        long improvement = stages.saveImprovement(id, null, "Aplicar la encuesta de satisfacción de usuarios",
                null, "Usar encuestas en la web.", "Unidad de Informática", LocalDate.now().minusDays(1), null);
        // Etapa 4: indicator and result per objective, products, gaps, summary
        stages.saveResult(id, objective, "Nº de Mesas técnicas implementadas", Fulfilment.CUMPLE_PARCIALMENTE, null);
        ValidationException noIndicator = assertThrows(ValidationException.class,
                () -> stages.saveResult(id, objectives.get(1).id(), " ", Fulfilment.CUMPLE, null));
        assertEquals("indicator", noIndicator.getErrors().get(0).field());
        stages.saveProduct(id, null, "Programas para la generación de empleo",
                "Fortalecer las Mesas Técnicas de Empleo", "Funcionamiento irregular.", Fulfilment.NO_CUMPLE, null);
        stages.saveGap(id, null, "Funcionamiento regular de la Mesa Técnica", "Sesiones según la coyuntura",
                "Asimetría entre los servicios y la Seremía.", null);
        stages.saveSummary(id, "Coordinación creciente del sector.", "Rotación de los encargados.",
                "Calendarizar las sesiones.", null);

        StageReportService.StageReports read = stages.get(id);
        StageReportService.AnalysisView analysis = read.analyses().get(0);
        assertEquals("Institucionalizar su funcionamiento.", analysis.recommendations());
        assertEquals("Equipo GT", analysis.responsible());
        assertNull(read.analyses().get(1).id(), "an objective without analysis yet");
        assertEquals(improvement, read.improvements().get(0).id());
        assertTrue(read.improvements().get(0).overdue(), "past its deadline with no progress");
        assertEquals(Fulfilment.CUMPLE_PARCIALMENTE, read.results().get(0).result());
        assertEquals("Nº de Mesas técnicas implementadas", read.results().get(0).indicator());
        assertEquals(Fulfilment.NO_CUMPLE, read.products().get(0).incorporated());
        assertEquals("Asimetría entre los servicios y la Seremía.", read.gaps().get(0).gap());
        assertEquals("Rotación de los encargados.", read.summary().difficulties());

        // A stale edit is refused
        stages.saveAnalysis(id, objective, "Actualizado.", null, null, null, analysis.version());
        assertThrows(ConcurrentChangeException.class,
                () -> stages.saveAnalysis(id, objective, "Otra vez.", null, null, null, analysis.version()));

        login.as(account(Role.EDITOR, "08"));
        assertEquals("Actualizado.", stages.get(id).analyses().get(0).modifications());
        assertThrows(AccessDeniedException.class,
                () -> stages.saveSummary(id, "x", null, null, stages.get(id).summary().version()));
    }
}
