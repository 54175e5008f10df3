package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.compliance.EvidenceItem;
import cl.gob.mintrab.canalregional.compliance.EvidenceSource;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Evidence for the Gestión Territorial programme from what a unit published: the items of one kind first published
 * or updated in the period, as the public sees them (only published items count). One source per kind, keyed by
 * the kind's name, which is also its {@code compliance.PortalSection} name.
 */
public final class PublicationEvidenceSources {

    private PublicationEvidenceSources() {
    }

    static List<EvidenceItem> find(EntityManager em, PublicationKind kind, String regionCode, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        List<Object[]> rows = em.createQuery("""
                SELECT i.title, i.publishedAt, r.slug, i.slug FROM PublishedItem i, Region r
                WHERE r.code = i.regionCode AND i.regionCode = :region AND i.kind = :kind
                  AND ((i.firstPublishedAt >= :start AND i.firstPublishedAt < :end)
                    OR (i.publishedAt >= :start AND i.publishedAt < :end))
                ORDER BY i.publishedAt DESC""", Object[].class)
                .setParameter("region", regionCode).setParameter("kind", kind)
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
        return rows.stream().map(r -> new EvidenceItem(kind.name(), (String) r[0],
                LocalDate.ofInstant((Instant) r[1], Formats.ZONE),
                "/region/" + r[2] + "/" + kind.getSlug() + "/" + r[3])).toList();
    }

    private abstract static class OfKind implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        abstract PublicationKind kind();

        @Override
        public String section() {
            return kind().name();
        }

        @Override
        public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
            return PublicationEvidenceSources.find(em, kind(), regionCode, from, to);
        }
    }

    /** News. */
    @ApplicationScoped
    public static class Noticias extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.NOTICIA;
        }
    }

    /** Regional employment activity (figures and analyses). */
    @ApplicationScoped
    public static class ActividadEmpleo extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.ACTIVIDAD_EMPLEO;
        }
    }

    /** Agreements and coordination. */
    @ApplicationScoped
    public static class Acuerdos extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.ACUERDO;
        }
    }

    /** Conflict resolutions. */
    @ApplicationScoped
    public static class ResolucionConflictos extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.RESOLUCION_CONFLICTO;
        }
    }

    /** Social dialogue. */
    @ApplicationScoped
    public static class DialogoSocial extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.DIALOGO_SOCIAL;
        }
    }

    /** Documents. */
    @ApplicationScoped
    public static class Documentos extends OfKind {
        @Override
        PublicationKind kind() {
            return PublicationKind.DOCUMENTO;
        }
    }
}
