package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public employment pages show, as read models: a region's series, coverage and Bonificación, and the
 * national comparison. Everything here is public; no permission is needed.
 */
@Stateless
public class EmploymentDataService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    @Inject
    ReferenceData reference;

    @Inject
    EmploymentSeriesService series;

    // ------------------------------------------------------------------------------------------- a region

    /** The latest {@code quarters} figures of a region, latest first, with their revisions. */
    public List<EmploymentFigureView> employmentSeries(String regionCode, int quarters) {
        List<EmploymentFigure> figures = em.createQuery("SELECT f FROM EmploymentFigure f WHERE f.regionCode = :region "
                        + "ORDER BY f.quarterEnd DESC", EmploymentFigure.class).setParameter("region", regionCode)
                .setMaxResults(quarters).getResultList();
        Map<Long, List<EmploymentFigureView.Revision>> revisions = series.revisions(
                figures.stream().map(EmploymentFigure::getId).toList());
        return figures.stream().map(f -> EmploymentSeriesService.view(f, revisions.getOrDefault(f.getId(), List.of())))
                .toList();
    }

    /** Months with coverage figures, latest first: of a region, or of any region (null). */
    public List<YearMonth> coveragePeriods(String regionCode) {
        TypedQuery<YearMonth> query = em.createQuery("SELECT DISTINCT f.period FROM CoverageFigure f"
                + (regionCode == null ? "" : " WHERE f.regionCode = :region"), YearMonth.class);
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        return query.getResultList().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The regional totals of every programme in a month. */
    public List<CoverageLine> coverageByProgramme(String regionCode, YearMonth period) {
        return em.createQuery("SELECT f FROM CoverageFigure f JOIN FETCH f.programme p WHERE f.regionCode = :region "
                        + "AND f.period = :period AND f.comunaCode IS NULL ORDER BY p.name", CoverageFigure.class)
                .setParameter("region", regionCode).setParameter("period", period).getResultList().stream()
                .map(f -> new CoverageLine(f.getProgramme().getCode(), f.getProgramme().getName(),
                        f.getProgramme().getInstitution(), f.values())).toList();
    }

    /** The programmes with figures per comuna in a region and month. */
    public List<ProgrammeView> programmesWithComunas(String regionCode, YearMonth period) {
        return em.createQuery("SELECT DISTINCT p FROM CoverageFigure f JOIN f.programme p WHERE f.regionCode = :region "
                        + "AND f.period = :period AND f.comunaCode IS NOT NULL", Programme.class)
                .setParameter("region", regionCode).setParameter("period", period).getResultList().stream()
                .map(Programme::toView).sorted(Comparator.comparing(ProgrammeView::name)).toList();
    }

    /** A programme's figures per comuna in a region and month, by comuna name. */
    public List<CoverageLine> coverageByComuna(String regionCode, YearMonth period, String programmeCode) {
        Map<String, ImportContext.ComunaRef> comunas = reference.comunas();
        java.text.Collator collator = java.text.Collator.getInstance(cl.gob.mintrab.canalregional.support.Formats.LOCALE);
        return em.createQuery("SELECT f FROM CoverageFigure f WHERE f.regionCode = :region AND f.period = :period "
                        + "AND f.programme.code = :programme AND f.comunaCode IS NOT NULL", CoverageFigure.class)
                .setParameter("region", regionCode).setParameter("period", period).setParameter("programme", programmeCode)
                .getResultList().stream()
                .map(f -> new CoverageLine(f.getComunaCode(), Optional.ofNullable(comunas.get(f.getComunaCode()))
                        .map(ImportContext.ComunaRef::name).orElse(f.getComunaCode()), null, f.values()))
                .sorted(Comparator.comparing(CoverageLine::name, collator)).toList();
    }

    /** The latest {@code months} Bonificación reports of a region, latest first. */
    public List<BonificacionView> bonificacion(String regionCode, int months) {
        return em.createQuery("SELECT b FROM BonificacionStatus b WHERE b.regionCode = :region ORDER BY b.period DESC",
                        BonificacionStatus.class).setParameter("region", regionCode).setMaxResults(months)
                .getResultList().stream().map(BonificacionService::view).toList();
    }

    /** Freshness of a dataset in a region, or nationally (null). */
    public DatasetStatus status(Dataset dataset, String regionCode) {
        String table = switch (dataset) {
            case COVERAGE -> "coverage_figure";
            case BONIFICACION -> "bonificacion_status";
            case EMPLOYMENT -> "employment_figure";
        };
        // Native SQL: EclipseLink would hand MAX() of a converted attribute to the converter as a java.sql type.
        jakarta.persistence.Query query = em.createNativeQuery("SELECT MAX(updated_at), COUNT(*), SUM(demo) FROM "
                + table + (regionCode == null ? "" : " WHERE region_code = ?"));
        if (regionCode != null) {
            query.setParameter(1, regionCode);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new DatasetStatus(SqlValues.toInstant(row[0]), row[2] != null && ((Number) row[2]).longValue() > 0,
                row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    // ------------------------------------------------------------------------------------------- national

    public Optional<YearMonth> latestQuarter() {
        return Optional.ofNullable(em.createQuery("SELECT MAX(f.quarterEnd) FROM EmploymentFigure f", YearMonth.class)
                .getSingleResult());
    }

    /** Every region's figure for a quarter, north to south. */
    public List<RegionFigure<EmploymentFigureView>> employmentByRegion(YearMonth quarter) {
        Map<String, EmploymentFigure> byRegion = em.createQuery("SELECT f FROM EmploymentFigure f WHERE f.quarterEnd = :q",
                EmploymentFigure.class).setParameter("q", quarter).getResultList().stream()
                .collect(Collectors.toMap(EmploymentFigure::getRegionCode, Function.identity()));
        Map<Long, List<EmploymentFigureView.Revision>> revisions = series.revisions(
                byRegion.values().stream().map(EmploymentFigure::getId).toList());
        return regions.findRegions().stream().map(r -> new RegionFigure<>(r, Optional.ofNullable(byRegion.get(r.code()))
                .map(f -> EmploymentSeriesService.view(f, revisions.getOrDefault(f.getId(), List.of()))).orElse(null)))
                .toList();
    }

    /** Every region's coverage in a month: all programmes added up, or one programme. */
    public List<RegionFigure<CoverageValues>> coverageByRegion(YearMonth period, String programmeCode) {
        boolean one = programmeCode != null && !programmeCode.isBlank();
        TypedQuery<Object[]> query = em.createQuery("SELECT f.regionCode, SUM(f.quotas), SUM(f.beneficiaries), "
                + "SUM(f.women), SUM(f.men), SUM(f.budgetExecuted) FROM CoverageFigure f WHERE f.period = :period "
                + "AND f.comunaCode IS NULL" + (one ? " AND f.programme.code = :programme" : "")
                + " GROUP BY f.regionCode", Object[].class).setParameter("period", period);
        if (one) {
            query.setParameter("programme", programmeCode);
        }
        Map<String, CoverageValues> byRegion = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            byRegion.put((String) r[0], new CoverageValues(SqlValues.toInt(r[1]), SqlValues.toInt(r[2]),
                    SqlValues.toInt(r[3]), SqlValues.toInt(r[4]), SqlValues.toLong(r[5])));
        }
        return regions.findRegions().stream().map(r -> new RegionFigure<>(r, byRegion.get(r.code()))).toList();
    }

    public Optional<YearMonth> latestBonificacionPeriod() {
        return Optional.ofNullable(em.createQuery("SELECT MAX(b.period) FROM BonificacionStatus b", YearMonth.class)
                .getSingleResult());
    }

    /** Every region's Bonificación report for a month, north to south. */
    public List<RegionFigure<BonificacionView>> bonificacionByRegion(YearMonth period) {
        Map<String, BonificacionView> byRegion = em.createQuery("SELECT b FROM BonificacionStatus b WHERE b.period = :p",
                        BonificacionStatus.class).setParameter("p", period).getResultList().stream()
                .collect(Collectors.toMap(BonificacionStatus::getRegionCode, BonificacionService::view));
        return regions.findRegions().stream().map(r -> new RegionFigure<>(r, byRegion.get(r.code()))).toList();
    }

    public List<RegionSummary> regions() {
        return regions.findRegions();
    }
}
