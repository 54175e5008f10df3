package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.NationalResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The central dashboard of a programme: regions x activities heat-map, ranking by total, the national figure and
 * its distribution, missing reports, open flags, overdue commitments and the comparison with earlier years.
 * Central staff only.
 */
@Stateless
public class DashboardService {

    /** How many earlier programmes the comparison shows. */
    static final int YEARS_COMPARED = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    GtAccess access;

    @Inject
    ProgramResults results;

    /** One programme in the comparison: its national figure and each unit's total (null: no report). */
    public record YearColumn(long programId, int year, String name, ProgramStatus status, BigDecimal mean,
                             int reporting, int expected, boolean current, Map<String, BigDecimal> totals) {
        public BigDecimal total(String regionCode) {
            return totals.get(regionCode);
        }
    }

    /** A line of the ranking. */
    public record RankLine(int place, String regionCode, String name, BigDecimal total, UnitReportStatus status,
                           boolean complete) {
    }

    /** A unit in the year comparison, with its code and name. */
    public record UnitName(String regionCode, String name) {
    }

    public record Dashboard(ProgramView program, NationalResult national, List<ActivityView> regionalActivities,
                            List<ActivityView> centralActivities, List<ProgramResults.UnitView> regionalUnits,
                            List<ProgramResults.UnitView> centralUnits, List<RankLine> ranking,
                            List<ProgramResults.UnitView> missing, List<FlagView> openFlags, long flagsTotal,
                            List<CommitmentView> overdue, List<YearColumn> years, List<UnitName> yearUnits,
                            Map<UnitReportStatus, Long> statusCounts) {

        public int maxBand() {
            return national.distribution().stream().mapToInt(ComplianceCalculator.Band::count).max().orElse(0);
        }

        public long statusCount(String status) {
            return statusCounts.getOrDefault(UnitReportStatus.valueOf(status), 0L);
        }
    }

    public Dashboard get(long programId) {
        access.requireManage();
        ProgramResults.Results r = results.load(programId);
        List<ProgramResults.UnitView> regional = r.units().stream().filter(u -> u.scope() == ActivityScope.REGIONAL).toList();
        List<ProgramResults.UnitView> central = r.units().stream().filter(u -> u.scope() == ActivityScope.CENTRAL).toList();
        List<RankLine> ranking = r.national().ranking().stream().map(k -> {
            ProgramResults.UnitView unit = r.unit(k.regionCode());
            return new RankLine(k.place(), k.regionCode(), unit.name(), k.total(), unit.status(), unit.complete());
        }).toList();
        List<ProgramResults.UnitView> missing = r.units().stream().filter(u -> !u.hasReport()).toList();
        Map<UnitReportStatus, Long> counts = new LinkedHashMap<>();
        for (UnitReportStatus status : UnitReportStatus.values()) {
            counts.put(status, r.units().stream().filter(u -> u.status() == status).count());
        }
        List<YearColumn> years = new ArrayList<>();
        List<WorkProgram> earlier = em.createQuery("SELECT p FROM WorkProgram p WHERE p.year < :year AND p.status <> :draft "
                        + "ORDER BY p.year DESC, p.id DESC", WorkProgram.class)
                .setParameter("year", r.program().year()).setParameter("draft", ProgramStatus.BORRADOR)
                .getResultList();
        List<Integer> seenYears = new ArrayList<>();
        for (WorkProgram p : earlier) {
            if (seenYears.contains(p.getYear())) {
                continue; // one programme per year: the latest one
            }
            seenYears.add(p.getYear());
            years.add(column(results.load(p.getId()), false));
            if (years.size() == YEARS_COMPARED) {
                break;
            }
        }
        years.sort(Comparator.comparingInt(YearColumn::year));
        years.add(column(r, true));
        List<UnitName> yearUnits = new ArrayList<>();
        r.units().forEach(u -> yearUnits.add(new UnitName(u.regionCode(), u.name())));
        return new Dashboard(r.program(), r.national(), r.activities(ActivityScope.REGIONAL),
                r.activities(ActivityScope.CENTRAL), regional, central, ranking, missing, r.openFlags(),
                r.flags().size(), StageReportService.commitments(em, programId).stream()
                .filter(CommitmentView::overdue).toList(), List.copyOf(years), yearUnits, counts);
    }

    /** The programme a dashboard opens with: the latest active one, else the latest of any status. */
    public Optional<Long> findDefaultProgram() {
        access.requireManage();
        Optional<Long> active = em.createQuery("SELECT p.id FROM WorkProgram p WHERE p.status = :active "
                        + "ORDER BY p.year DESC, p.id DESC", Long.class).setParameter("active", ProgramStatus.ACTIVO)
                .setMaxResults(1).getResultStream().findFirst();
        if (active.isPresent()) {
            return active;
        }
        return em.createQuery("SELECT p.id FROM WorkProgram p ORDER BY p.year DESC, p.id DESC", Long.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static YearColumn column(ProgramResults.Results r, boolean current) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        r.units().forEach(u -> totals.put(u.regionCode(), u.hasReport() ? u.total() : null));
        return new YearColumn(r.program().id(), r.program().year(), r.program().name(), r.program().status(),
                r.national().mean(), r.national().reporting(), r.national().expected(), current, totals);
    }
}
