package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.compliance.EvidenceItem;
import cl.gob.mintrab.canalregional.compliance.EvidenceSource;
import cl.gob.mintrab.canalregional.compliance.PortalSection;
import cl.gob.mintrab.canalregional.region.Region;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence for the Gestión Territorial programme from a region's employment data: one item per month (or moving
 * quarter) whose figures the region entered or updated in the period, dated by its latest change and linked to the
 * region's Empleo page at that month. Three sources: coverage, Bonificación, employment series.
 */
public final class EmploymentEvidenceSources {

    private EmploymentEvidenceSources() {
    }

    /** An entity with a month field, the Texts key of an item's title, and the section of the region's Empleo page. */
    private record Source(String entity, String monthField, String titleKey, String anchor) {
    }

    private static List<EvidenceItem> find(EntityManager em, PortalSection section, Source source, String regionCode,
                                           LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        // The latest change of each month, computed here: an aggregate over a converted attribute (MAX of updatedAt)
        // does not come back through EclipseLink's converter.
        List<Object[]> rows = em.createQuery("SELECT f." + source.monthField() + ", f.updatedAt FROM " + source.entity()
                        + " f WHERE f.regionCode = :region AND f.updatedAt >= :start AND f.updatedAt < :end", Object[].class)
                .setParameter("region", regionCode).setParameter("start", start).setParameter("end", end)
                .getResultList();
        Map<YearMonth, Instant> latest = new HashMap<>();
        for (Object[] row : rows) {
            latest.merge((YearMonth) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        String regionSlug = em.find(Region.class, regionCode).getSlug();
        return latest.entrySet().stream()
                .sorted(Map.Entry.<YearMonth, Instant>comparingByValue().reversed())
                .map(e -> {
                    YearMonth month = e.getKey();
                    String label = section == PortalSection.SERIE_EMPLEO ? Periods.quarterLongLabel(month)
                            : Periods.monthLabel(month);
                    return new EvidenceItem(section.name(), Texts.get(source.titleKey(), label),
                            LocalDate.ofInstant(e.getValue(), Formats.ZONE),
                            "/region/" + regionSlug + "/empleo?periodo=" + Periods.iso(month) + "#" + source.anchor());
                }).toList();
    }

    /** Coverage of employment and social-protection programmes. */
    @ApplicationScoped
    public static class Cobertura implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String section() {
            return PortalSection.COBERTURA.name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return EmploymentEvidenceSources.find(em, PortalSection.COBERTURA,
                    new Source("CoverageFigure", "period", "evidence.coverage_item", "cobertura"), regionCode, from, to);
        }
    }

    /** Status of the Bonificación a la contratación de mano de obra. */
    @ApplicationScoped
    public static class Bonificacion implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String section() {
            return PortalSection.BONIFICACION.name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return EmploymentEvidenceSources.find(em, PortalSection.BONIFICACION,
                    new Source("BonificacionStatus", "period", "evidence.bonificacion_item", "bonificacion"), regionCode, from, to);
        }
    }

    /** The region's employment series (INE moving quarters). */
    @ApplicationScoped
    public static class SerieEmpleo implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String section() {
            return PortalSection.SERIE_EMPLEO.name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return EmploymentEvidenceSources.find(em, PortalSection.SERIE_EMPLEO,
                    new Source("EmploymentFigure", "quarterEnd", "evidence.employment_item", "situacion"), regionCode, from, to);
        }
    }
}
