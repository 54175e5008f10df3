package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The employment series of a region, entered by its editors. New figures for a quarter already stored are a
 * revision: the replaced values are kept ({@link EmploymentFigureRevision}) and the figure is marked as revised.
 */
@Stateless
public class EmploymentSeriesService {

    static final Map<String, String> FIELDS = Map.of("trimestre", "quarterEnd", "tasa_desocupacion", "unemploymentRate",
            "fuerza_de_trabajo", "labourForce", "ocupados", "employed", "fuente", "source",
            "fecha_publicacion", "publishedOn", "nota_revision", "note");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReferenceData reference;

    /** The region's series, latest quarter first, each figure with its revisions. */
    public List<EmploymentFigureView> findByRegion(String regionCode) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        List<EmploymentFigure> figures = em.createQuery("SELECT f FROM EmploymentFigure f WHERE f.regionCode = :region "
                + "ORDER BY f.quarterEnd DESC", EmploymentFigure.class).setParameter("region", regionCode).getResultList();
        Map<Long, List<EmploymentFigureView.Revision>> revisions = revisions(
                figures.stream().map(EmploymentFigure::getId).toList());
        return figures.stream().map(f -> view(f, revisions.getOrDefault(f.getId(), List.of()))).toList();
    }

    public EmploymentFigureView get(long id) {
        EmploymentFigure figure = load(id);
        access.requireOrHide(Action.EDIT_REGION_DATA, figure.getRegionCode(), "EmploymentFigure", id);
        return view(figure, revisions(List.of(id)).getOrDefault(id, List.of()));
    }

    public long save(EmploymentEntry entry) {
        Actor actor = access.require(Action.EDIT_REGION_DATA, entry.regionCode());
        ImportContext context = reference.context(entry.regionCode());
        EmploymentSchema.EmploymentRow row = FormRows.parse(EmploymentSchema.INSTANCE, FormRows.row(
                "trimestre", entry.quarterEnd(),
                "tasa_desocupacion", entry.unemploymentRate() == null ? null : entry.unemploymentRate().toPlainString(),
                "fuerza_de_trabajo", entry.labourForce(), "ocupados", entry.employed(), "fuente", entry.source(),
                "fecha_publicacion", entry.publishedOn(), "nota_revision", entry.note()), context, FIELDS);
        EmploymentFigure existing = em.createQuery(
                        "SELECT f FROM EmploymentFigure f WHERE f.regionCode = :region AND f.quarterEnd = :quarter",
                        EmploymentFigure.class).setParameter("region", entry.regionCode())
                .setParameter("quarter", row.quarterEnd()).getResultStream().findFirst().orElse(null);
        if (entry.id() == null) {
            if (existing != null) {
                throw ValidationException.of("quarterEnd", "employment.duplicate");
            }
            EmploymentFigure figure = new EmploymentFigure(entry.regionCode(), row.quarterEnd());
            figure.apply(row.values(), entry.revised());
            em.persist(figure);
            em.flush();
            return figure.getId();
        }
        EmploymentFigure figure = load(entry.id());
        access.requireOrHide(Action.EDIT_REGION_DATA, figure.getRegionCode(), "EmploymentFigure", entry.id());
        if (entry.version() == null || figure.getVersion() != entry.version()) {
            throw new ConcurrentChangeException("EmploymentFigure", entry.id());
        }
        if (!figure.getQuarterEnd().equals(row.quarterEnd()) || !figure.getRegionCode().equals(entry.regionCode())) {
            throw ValidationException.of("quarterEnd", "employment.key_fixed");
        }
        if (row.values().differsFrom(figure.values())) {
            Instant now = Times.now();
            em.persist(new EmploymentFigureRevision(figure, now, actor.username(), row.note()));
            figure.apply(row.values(), true);
        } else {
            figure.apply(row.values(), entry.revised() || figure.isRevised());
        }
        return figure.getId();
    }

    /** The revisions of these figures (public data: revised values are published), most recent first. */
    public Map<Long, List<EmploymentFigureView.Revision>> revisions(Collection<Long> figureIds) {
        if (figureIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EmploymentFigureView.Revision>> byFigure = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(figureIds))) {
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT figure_id, unemployment_rate, labour_force, employed, source, published_on, recorded_at,
                           replaced_at, replaced_by, note
                    FROM employment_figure_revision WHERE figure_id IN (%s) ORDER BY replaced_at DESC, id DESC"""
                    .formatted(chunk.stream().map(String::valueOf).collect(Collectors.joining(",")))).getResultList();
            for (Object[] r : rows) {
                byFigure.computeIfAbsent(SqlValues.toLong(r[0]), k -> new java.util.ArrayList<>()).add(
                        new EmploymentFigureView.Revision(new EmploymentValues((BigDecimal) r[1], SqlValues.toInt(r[2]),
                                SqlValues.toInt(r[3]), (String) r[4], SqlValues.toDate(r[5])), SqlValues.toInstant(r[6]),
                                SqlValues.toInstant(r[7]), (String) r[8], (String) r[9]));
            }
        }
        return byFigure;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    static EmploymentFigureView view(EmploymentFigure f, List<EmploymentFigureView.Revision> revisions) {
        return new EmploymentFigureView(f.getId(), f.getRegionCode(), f.getQuarterEnd(), f.values(), f.isRevised(),
                f.isDemo(), f.getUpdatedAt(), f.getVersion(), List.copyOf(revisions));
    }

    private EmploymentFigure load(long id) {
        EmploymentFigure figure = em.find(EmploymentFigure.class, id);
        if (figure == null) {
            throw new NotFoundException("EmploymentFigure", id);
        }
        return figure;
    }
}
