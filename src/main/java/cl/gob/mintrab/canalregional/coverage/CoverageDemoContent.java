package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Demo employment data for every region, from January two years ago to last month ({@link DemoFigures}): the demo
 * programmes, their coverage (per comuna for the direct-employment programmes), the Bonificación process and the
 * employment series, one figure of which was revised. All marked as demo; written in bulk like an import.
 */
@Stateless
public class CoverageDemoContent implements DemoContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    ReferenceData reference;

    @Inject
    RegionService regions;

    @Override
    public String name() {
        return "coverage.demo-data";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean hasContent() {
        return em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(f) FROM EmploymentFigure f", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        for (DemoFigures.DemoProgramme demo : DemoFigures.PROGRAMMES) {
            Programme programme = new Programme(demo.data().code());
            programme.apply(demo.data());
            programme.setDemo(true);
            em.persist(programme);
        }
        em.flush();
        List<ImportContext.ProgrammeRef> programmes = List.copyOf(reference.programmeRefs().values());
        Map<String, ImportContext.ComunaRef> comunas = reference.comunas();
        LocalDate today = LocalDate.now(Formats.ZONE);
        BulkWriter writer = new BulkWriter(em.unwrap(Connection.class));
        String system = Actor.SYSTEM.username();
        try {
            for (RegionSummary region : regions.findRegions()) {
                String code = region.code();
                List<String> comunaCodes = comunas.values().stream().filter(c -> c.regionCode().equals(code))
                        .map(ImportContext.ComunaRef::code).sorted().toList();
                writer.writeCoverage(code, DemoFigures.coverage(code, programmes, comunaCodes, today), Map.of(), null,
                        true, Times.now(), false, ImportValidator.Progress.NONE);
                writer.writeBonificacion(code, DemoFigures.bonificacion(code, today), Map.of(), null, true, Times.now(),
                        false, ImportValidator.Progress.NONE);
                writer.writeEmployment(code, DemoFigures.employment(code, today, true), Map.of(), null, true,
                        Times.now(), system, false, ImportValidator.Progress.NONE);
                // The first publication of one quarter was later revised: write the revised figures over it.
                writer.writeEmployment(code, DemoFigures.employment(code, today, false).stream()
                                .filter(r -> r.quarterEnd().equals(DemoFigures.revisedQuarter(today))).toList(),
                        writer.existingEmployment(code), null, true, Times.now(), system, false,
                        ImportValidator.Progress.NONE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo employment data not written", e);
        }
    }
}
