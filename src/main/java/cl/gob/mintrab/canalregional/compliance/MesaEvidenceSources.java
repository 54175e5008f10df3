package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.mesa.MesaKind;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Evidence from the mesas a region keeps in the portal: the Mesas Técnicas and Sectoriales created or updated in
 * the period (activities about setting up and running the mesas). Two sources, one per kind.
 */
public final class MesaEvidenceSources {

    private MesaEvidenceSources() {
    }

    static List<EvidenceItem> find(EntityManager em, MesaKind kind, String section, String regionCode, LocalDate from,
                                   LocalDate to) {
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        List<Object[]> rows = em.createQuery("""
                SELECT m.name, m.createdAt, m.updatedAt FROM Mesa m
                WHERE m.regionCode = :region AND m.kind = :kind
                  AND ((m.createdAt >= :start AND m.createdAt < :end) OR (m.updatedAt >= :start AND m.updatedAt < :end))
                ORDER BY m.updatedAt DESC""", Object[].class)
                .setParameter("region", regionCode).setParameter("kind", kind)
                .setParameter("start", start).setParameter("end", end).getResultList();
        return rows.stream().map(r -> new EvidenceItem(section, (String) r[0],
                LocalDate.ofInstant((Instant) r[2], Formats.ZONE), null)).toList();
    }

    /** Mesas Técnicas (employment and social-protection programmes). */
    @ApplicationScoped
    public static class Tecnica implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String section() {
            return PortalSection.MESA_TECNICA.name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return MesaEvidenceSources.find(em, MesaKind.TECNICA, section(), regionCode, from, to);
        }
    }

    /** Mesas Sectoriales (labour-sector services). */
    @ApplicationScoped
    public static class Sectorial implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String section() {
            return PortalSection.MESA_SECTORIAL.name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return MesaEvidenceSources.find(em, MesaKind.SECTORIAL, section(), regionCode, from, to);
        }
    }
}
