package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme coverage of a region, entered one row at a time by the region's editors ({@link Action#EDIT_REGION_DATA}).
 * The form is checked by the import rules ({@link CoverageSchema}); every change is audited with old and new values.
 */
@Stateless
public class CoverageService {

    /** Form field of each file column. */
    static final Map<String, String> FIELDS = Map.of("programa", "programme", "periodo", "period", "comuna", "comuna",
            "cupos", "quotas", "beneficiarios", "beneficiaries", "mujeres", "women", "hombres", "men",
            "presupuesto_ejecutado", "budget");

    /** Which rows an admin list shows. */
    public record Query(Integer year, String programmeCode, Boolean regionalTotals) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReferenceData reference;

    public long count(String regionCode, Query query) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        return query(regionCode, query, "SELECT COUNT(f)", "", Long.class).getSingleResult();
    }

    public List<CoverageRowView> find(String regionCode, Query query, int first, int max) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        Map<String, String> comunaNames = comunaNames();
        return query(regionCode, query, "SELECT f", " ORDER BY f.period DESC, f.programme.name, f.comunaCode",
                CoverageFigure.class).setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(f -> view(f, comunaNames)).toList();
    }

    public CoverageRowView get(long id) {
        CoverageFigure figure = load(id);
        access.requireOrHide(Action.EDIT_REGION_DATA, figure.getRegionCode(), "CoverageFigure", id);
        return view(figure, comunaNames());
    }

    /** Creates the row, or changes it when {@code entry.id()} is set; returns its id. */
    public long save(CoverageEntry entry) {
        access.require(Action.EDIT_REGION_DATA, entry.regionCode());
        ImportContext context = reference.context(entry.regionCode());
        CoverageSchema.CoverageRow row = FormRows.parse(CoverageSchema.INSTANCE, FormRows.row(
                "programa", entry.programmeCode(), "periodo", entry.period(), "comuna", entry.comunaCode(),
                "cupos", entry.quotas(), "beneficiarios", entry.beneficiaries(), "mujeres", entry.women(),
                "hombres", entry.men(), "presupuesto_ejecutado", entry.budgetExecuted()), context, FIELDS);
        Long clash = findId(row.programme().id(), entry.regionCode(), row.period(), row.comunaCode());
        CoverageFigure figure;
        if (entry.id() == null) {
            if (clash != null) {
                throw ValidationException.of("period", "coverage.duplicate");
            }
            figure = new CoverageFigure(em.find(Programme.class, row.programme().id()), entry.regionCode(),
                    row.period(), row.comunaCode());
            figure.apply(row.values());
            em.persist(figure);
            em.flush();
            return figure.getId();
        }
        figure = load(entry.id());
        access.requireOrHide(Action.EDIT_REGION_DATA, figure.getRegionCode(), "CoverageFigure", entry.id());
        if (entry.version() == null || figure.getVersion() != entry.version()) {
            throw new ConcurrentChangeException("CoverageFigure", entry.id());
        }
        if (!figure.getProgramme().getId().equals(row.programme().id()) || !figure.getPeriod().equals(row.period())
                || !java.util.Objects.equals(figure.getComunaCode(), row.comunaCode())
                || !figure.getRegionCode().equals(entry.regionCode())) {
            // The key of a row does not change: delete it and create another.
            throw ValidationException.of("period", "coverage.key_fixed");
        }
        figure.apply(row.values());
        return figure.getId();
    }

    public void delete(long id) {
        CoverageFigure figure = load(id);
        access.requireOrHide(Action.EDIT_REGION_DATA, figure.getRegionCode(), "CoverageFigure", id);
        em.remove(figure);
    }

    /** The years with coverage in the region, latest first. */
    public List<Integer> findYears(String regionCode) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        return em.createQuery("SELECT DISTINCT f.period FROM CoverageFigure f WHERE f.regionCode = :region",
                        YearMonth.class).setParameter("region", regionCode).getResultList().stream()
                .map(YearMonth::getYear).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private Long findId(long programmeId, String regionCode, YearMonth period, String comunaCode) {
        TypedQuery<Long> query = em.createQuery("SELECT f.id FROM CoverageFigure f WHERE f.programme.id = :programme "
                        + "AND f.regionCode = :region AND f.period = :period AND "
                        + (comunaCode == null ? "f.comunaCode IS NULL" : "f.comunaCode = :comuna"), Long.class)
                .setParameter("programme", programmeId).setParameter("region", regionCode)
                .setParameter("period", period);
        if (comunaCode != null) {
            query.setParameter("comuna", comunaCode);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    private <T> TypedQuery<T> query(String regionCode, Query query, String select, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM CoverageFigure f WHERE f.regionCode = :region");
        Map<String, Object> params = new HashMap<>();
        params.put("region", regionCode);
        if (query.year() != null) {
            jpql.append(" AND f.period >= :from AND f.period <= :to");
            params.put("from", YearMonth.of(query.year(), 1));
            params.put("to", YearMonth.of(query.year(), 12));
        }
        if (query.programmeCode() != null && !query.programmeCode().isBlank()) {
            jpql.append(" AND f.programme.code = :programme");
            params.put("programme", query.programmeCode());
        }
        if (query.regionalTotals() != null) {
            jpql.append(query.regionalTotals() ? " AND f.comunaCode IS NULL" : " AND f.comunaCode IS NOT NULL");
        }
        TypedQuery<T> q = em.createQuery(jpql + orderBy, type);
        params.forEach(q::setParameter);
        return q;
    }

    private Map<String, String> comunaNames() {
        Map<String, String> names = new HashMap<>();
        reference.comunas().forEach((code, ref) -> names.put(code, ref.name()));
        return names;
    }

    private static CoverageRowView view(CoverageFigure f, Map<String, String> comunaNames) {
        return new CoverageRowView(f.getId(), f.getRegionCode(), f.getProgramme().getCode(), f.getProgramme().getName(),
                f.getPeriod(), f.getComunaCode(), f.getComunaCode() == null ? null : comunaNames.get(f.getComunaCode()),
                f.values(), f.isDemo(), f.getUpdatedAt(), f.getVersion());
    }

    private CoverageFigure load(long id) {
        CoverageFigure figure = em.find(CoverageFigure.class, id);
        if (figure == null) {
            throw new NotFoundException("CoverageFigure", id);
        }
        return figure;
    }
}
