package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ActivityWeight;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.NationalResult;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.Row;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.UnitResult;
import cl.gob.mintrab.canalregional.region.Region;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads a programme with everything reported on it and computes its tables with {@link ComplianceCalculator}:
 * the one place where figures are put together, for the dashboard, the unit pages, the exports and the snapshots.
 * No permission check here: the services that call it check first. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProgramResults {

    @PersistenceContext
    EntityManager em;

    /** A programme's definition and results. */
    public record Results(ProgramView program, List<ObjectiveView> objectives, List<ActivityView> activities,
                          List<UnitView> units, NationalResult national, List<FlagView> flags) {

        public List<ActivityView> activities(ActivityScope scope) {
            return activities.stream().filter(a -> a.scope() == scope).toList();
        }

        public UnitView unit(String regionCode) {
            return units.stream().filter(u -> u.regionCode().equals(regionCode)).findFirst()
                    .orElseThrow(() -> new NotFoundException("ProgramUnit", program.id() + "/" + regionCode));
        }

        public String unitName(String regionCode) {
            return units.stream().filter(u -> u.regionCode().equals(regionCode)).map(UnitView::name).findFirst()
                    .orElse(regionCode);
        }

        public List<FlagView> openFlags() {
            return flags.stream().filter(FlagView::open).toList();
        }
    }

    /**
     * A unit of the programme with its report (status null: nothing entered yet) and computed table.
     *
     * @param nameAsReported the name the source document used ("1ª Región"), or null
     * @param note           what that name covered then (territory since split off), or null
     */
    public record UnitView(String regionCode, String name, String shortName, String slug, String nameAsReported,
                           String note, UnitReportStatus status, Long unitReportId, int version, String submittedBy,
                           Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
                           UnitResult result, List<RowView> rows) {

        public BigDecimal total() {
            return result.total();
        }

        public boolean hasReport() {
            return result.hasReport();
        }

        public boolean complete() {
            return result.complete();
        }

        public ActivityScope scope() {
            return ActivityScope.of(regionCode);
        }

        /** The compliance of an activity by number, or null. */
        public BigDecimal compliance(int activityNumber) {
            return rows.stream().filter(r -> r.activity().number() == activityNumber).findFirst()
                    .map(RowView::compliance).orElse(null);
        }
    }

    /** One activity of a unit: the computed line, what a document reported, the unit's comment and evidence. */
    public record RowView(ActivityView activity, BigDecimal compliance, BigDecimal earned, BigDecimal cumulative,
                          BigDecimal reportedWeight, BigDecimal reportedCumulative, String comment, String updatedBy,
                          Instant updatedAt, Long activityReportId, int version, List<EvidenceView> evidence) {
    }

    public Results load(long programId) {
        WorkProgram program = em.find(WorkProgram.class, programId);
        if (program == null) {
            throw new NotFoundException("WorkProgram", programId);
        }
        List<Objective> objectives = em.createQuery(
                "SELECT o FROM Objective o WHERE o.programId = :p ORDER BY o.number", Objective.class)
                .setParameter("p", programId).getResultList();
        Map<Long, Integer> objectiveNumbers = objectives.stream()
                .collect(Collectors.toMap(Objective::getId, Objective::getNumber));
        List<ActivityView> activities = em.createQuery(
                "SELECT a FROM Activity a WHERE a.programId = :p ORDER BY a.scope DESC, a.number", Activity.class)
                .setParameter("p", programId).getResultList().stream()
                .map(a -> activityView(a, objectiveNumbers))
                .sorted(Comparator.comparing(ActivityView::scope).thenComparingInt(ActivityView::number)).toList();

        Map<String, UnitReport> reports = em.createQuery("SELECT r FROM UnitReport r WHERE r.programId = :p", UnitReport.class)
                .setParameter("p", programId).getResultStream()
                .collect(Collectors.toMap(UnitReport::getRegionCode, r -> r));
        Map<Long, Map<Long, ActivityReport>> figures = new HashMap<>();
        List<ActivityReport> activityReports = em.createQuery("""
                SELECT ar FROM ActivityReport ar, UnitReport ur
                WHERE ar.unitReportId = ur.id AND ur.programId = :p""", ActivityReport.class)
                .setParameter("p", programId).getResultList();
        activityReports.forEach(ar -> figures.computeIfAbsent(ar.getUnitReportId(), k -> new HashMap<>())
                .put(ar.getActivityId(), ar));
        Map<Long, List<EvidenceView>> evidence = em.createQuery("""
                SELECT e FROM Evidence e, ActivityReport ar, UnitReport ur
                WHERE e.activityReportId = ar.id AND ar.unitReportId = ur.id AND ur.programId = :p
                ORDER BY e.addedAt, e.id""", Evidence.class)
                .setParameter("p", programId).getResultStream()
                .collect(Collectors.groupingBy(Evidence::getActivityReportId,
                        Collectors.mapping(EvidenceView::of, Collectors.toList())));

        List<Object[]> unitRows = em.createQuery("""
                SELECT pu, r FROM ProgramUnit pu, Region r
                WHERE pu.key.regionCode = r.code AND pu.key.programId = :p ORDER BY r.sortOrder""", Object[].class)
                .setParameter("p", programId).getResultList();
        List<UnitView> units = new ArrayList<>();
        for (Object[] row : unitRows) {
            ProgramUnit unit = (ProgramUnit) row[0];
            Region region = (Region) row[1];
            ActivityScope scope = ActivityScope.of(region.getCode());
            List<ActivityView> scoped = activities.stream().filter(a -> a.scope() == scope).toList();
            UnitReport report = reports.get(region.getCode());
            Map<Long, ActivityReport> byActivity = report == null ? Map.of()
                    : figures.getOrDefault(report.getId(), Map.of());
            Map<Integer, BigDecimal> compliance = new HashMap<>();
            for (ActivityView a : scoped) {
                ActivityReport ar = byActivity.get(a.id());
                if (ar != null && ar.getCompliance() != null) {
                    compliance.put(a.number(), ar.getCompliance());
                }
            }
            UnitResult result = ComplianceCalculator.unit(region.getCode(), weights(scoped), compliance);
            List<RowView> rows = new ArrayList<>();
            for (int i = 0; i < scoped.size(); i++) {
                ActivityView a = scoped.get(i);
                Row line = result.rows().get(i);
                ActivityReport ar = byActivity.get(a.id());
                rows.add(new RowView(a, line.compliance(), line.earned(), line.cumulative(),
                        ar == null ? null : ar.getReportedWeight(), ar == null ? null : ar.getReportedCumulative(),
                        ar == null ? null : ar.getComment(), ar == null ? null : ar.getUpdatedBy(),
                        ar == null ? null : ar.getUpdatedAt(), ar == null ? null : ar.getId(),
                        ar == null ? 0 : ar.getVersion(),
                        ar == null ? List.of() : evidence.getOrDefault(ar.getId(), List.of())));
            }
            units.add(new UnitView(region.getCode(), region.getName(), region.getShortName(), region.getSlug(),
                    unit.getNameAsReported(), unit.getNote(), report == null ? null : report.getStatus(),
                    report == null ? null : report.getId(), report == null ? 0 : report.getVersion(),
                    report == null ? null : report.getSubmittedBy(), report == null ? null : report.getSubmittedAt(),
                    report == null ? null : report.getReviewedBy(), report == null ? null : report.getReviewedAt(),
                    report == null ? null : report.getReviewComment(), result, List.copyOf(rows)));
        }
        NationalResult national = ComplianceCalculator.national(units.stream().map(UnitView::result).toList());
        Map<String, String> names = units.stream().collect(Collectors.toMap(UnitView::regionCode, UnitView::name));
        List<FlagView> flags = em.createQuery("SELECT f FROM RecheckFlag f WHERE f.programId = :p", RecheckFlag.class)
                .setParameter("p", programId).getResultStream()
                .map(f -> FlagView.of(f, names.getOrDefault(f.getRegionCode(), f.getRegionCode())))
                .sorted(flagOrder(units)).toList();
        return new Results(ProgramView.of(program), objectives.stream().map(ObjectiveView::of).toList(), activities,
                List.copyOf(units), national, flags);
    }

    /** Flags in the order of the report: unit (as listed), activity, then kind. */
    private static Comparator<FlagView> flagOrder(List<UnitView> units) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            position.put(units.get(i).regionCode(), i);
        }
        return Comparator.<FlagView>comparingInt(f -> position.getOrDefault(f.regionCode(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.activityNumber() == null ? Integer.MAX_VALUE : f.activityNumber())
                .thenComparing(FlagView::kind).thenComparingLong(FlagView::id);
    }

    static ActivityView activityView(Activity a, Map<Long, Integer> objectiveNumbers) {
        List<Integer> numbers = a.getObjectiveIds().stream().map(objectiveNumbers::get)
                .filter(java.util.Objects::nonNull).sorted().toList();
        List<Long> ids = a.getObjectiveIds().stream().sorted().toList();
        List<String> sections = a.getSections().stream()
                .sorted(Comparator.comparingInt(ProgramResults::sectionOrder)).toList();
        return new ActivityView(a.getId(), a.getScope(), a.getNumber(), a.getDescription(), a.getWeight(), numbers, ids,
                ActivityView.objectivesText(numbers), sections, a.getVersion());
    }

    static int sectionOrder(String section) {
        try {
            return PortalSection.valueOf(section).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    static List<ActivityWeight> weights(List<ActivityView> activities) {
        return activities.stream().map(a -> new ActivityWeight(a.scope(), a.number(), a.weight())).toList();
    }
}
