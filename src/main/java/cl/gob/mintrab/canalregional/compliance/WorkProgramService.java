package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.WeightSum;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AuditAction;
import cl.gob.mintrab.canalregional.security.AuditNote;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The work programmes: creating one, defining its objectives and weighted activities, activating it (weights must
 * add up to exactly 100 % per scope), moving it through the stages (open commitments are carried along), the
 * evidence sections of its activities and the review of its flags. Central staff only ({@code MANAGE_GT}), except
 * the list of reports a unit's editors may enter.
 */
@Stateless
public class WorkProgramService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    GtAccess access;

    @Inject
    AuditNote auditNote;

    @Inject
    ProgramResults results;

    @Inject
    RegionService regions;

    /** A programme in the list: header and headline figures. */
    public record ProgramSummary(long id, int year, String name, int stage, ProgramStatus status, BigDecimal mean,
                                 int reporting, int expected, long openFlags, boolean demo) {
    }

    /** A unit whose report the current user may enter or read, in a programme under way or closed. */
    public record ReportableUnit(long programId, int year, String programName, ProgramStatus programStatus,
                                 String regionCode, String unitName, UnitReportStatus status, BigDecimal total) {
    }

    /** What central staff edit of a programme's header. */
    public record ProgramData(Integer year, String name, LocalDate periodStart, LocalDate periodEnd,
                              boolean carryCommitments) {
    }

    /** What central staff edit of an activity. */
    public record ActivityData(Long id, ActivityScope scope, Integer number, String description, BigDecimal weight,
                               Collection<Long> objectiveIds, Integer version) {
    }

    public List<ProgramSummary> findAll() {
        access.requireManage();
        Map<Long, Long> openFlags = em.createQuery("""
                SELECT f.programId, COUNT(f) FROM RecheckFlag f WHERE f.status = :open GROUP BY f.programId""", Object[].class)
                .setParameter("open", FlagStatus.ABIERTO).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createQuery("SELECT p FROM WorkProgram p ORDER BY p.year DESC, p.id DESC", WorkProgram.class)
                .getResultList().stream().map(p -> {
                    ProgramResults.Results r = results.load(p.getId());
                    return new ProgramSummary(p.getId(), p.getYear(), p.getName(), p.getStage(), p.getStatus(),
                            r.national().mean(), r.national().reporting(), r.national().expected(),
                            openFlags.getOrDefault(p.getId(), 0L), p.isDemo());
                }).toList();
    }

    /**
     * The units the current user reports for, in every programme that is not a draft, newest first. Central staff
     * and administrators follow every unit on the dashboard instead: none for them.
     */
    public List<ReportableUnit> findMyReports() {
        access.requireStaff();
        List<ReportableUnit> list = new ArrayList<>();
        if (access.canManage()) {
            return list;
        }
        List<WorkProgram> programs = em.createQuery("SELECT p FROM WorkProgram p WHERE p.status <> :draft "
                + "ORDER BY p.year DESC, p.id DESC", WorkProgram.class)
                .setParameter("draft", ProgramStatus.BORRADOR).setMaxResults(20).getResultList();
        for (WorkProgram p : programs) {
            List<String> codes = em.createQuery("SELECT u.key.regionCode FROM ProgramUnit u WHERE u.key.programId = :p",
                    String.class).setParameter("p", p.getId()).getResultList();
            if (codes.stream().noneMatch(access::canReport)) {
                continue;
            }
            ProgramResults.Results r = results.load(p.getId());
            for (ProgramResults.UnitView unit : r.units()) {
                if (access.canReport(unit.regionCode())) {
                    list.add(new ReportableUnit(p.getId(), p.getYear(), p.getName(), p.getStatus(), unit.regionCode(),
                            unit.name(), unit.status(), unit.hasReport() ? unit.total() : null));
                }
            }
        }
        return list;
    }

    public ProgramView get(long id) {
        access.requireManage();
        return ProgramView.of(load(id));
    }

    /** Definition and results, for the programme's page. */
    public ProgramResults.Results results(long id) {
        access.requireManage();
        return results.load(id);
    }

    /** The weight sum of each scope the programme's units report on. */
    public List<WeightSum> weightSums(long programId) {
        access.requireManage();
        return sums(results.load(programId));
    }

    private static List<WeightSum> sums(ProgramResults.Results r) {
        List<ActivityScope> scopes = r.units().stream().map(ProgramResults.UnitView::scope).distinct().sorted().toList();
        return ComplianceCalculator.weightSums(ProgramResults.weights(r.activities()), scopes);
    }

    /**
     * A new draft programme for every current unit. With {@code carryCommitments}, the open commitments of the
     * latest earlier programme are carried into this one (stage 1).
     */
    public long create(ProgramData data) {
        access.requireManage();
        validate(data, null);
        WorkProgram program = new WorkProgram(data.year(), data.name().trim());
        applyPeriod(program, data);
        em.persist(program);
        em.flush();
        for (RegionSummary unit : regions.findPublishingUnits()) {
            em.persist(new ProgramUnit(program.getId(), unit.code(), null, null));
        }
        if (data.carryCommitments()) {
            em.createQuery("SELECT p FROM WorkProgram p WHERE p.year < :year ORDER BY p.year DESC, p.id DESC",
                            WorkProgram.class).setParameter("year", data.year()).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(previous -> carry(previous.getId(), null, program.getId(), 1));
        }
        return program.getId();
    }

    public void update(long id, ProgramData data, int expectedVersion) {
        access.requireManage();
        WorkProgram program = load(id);
        checkVersion(program.getVersion(), expectedVersion, "WorkProgram", id);
        validate(data, program);
        program.setYear(data.year());
        program.setName(data.name().trim());
        applyPeriod(program, data);
        program.touch();
    }

    private static void applyPeriod(WorkProgram program, ProgramData data) {
        program.setPeriodStart(data.periodStart() != null ? data.periodStart() : LocalDate.of(data.year(), 1, 1));
        program.setPeriodEnd(data.periodEnd() != null ? data.periodEnd() : LocalDate.of(data.year(), 12, 31));
    }

    private void validate(ProgramData data, WorkProgram existing) {
        List<FieldError> errors = new ArrayList<>();
        if (data.year() == null || data.year() < MIN_YEAR || data.year() > MAX_YEAR) {
            errors.add(new FieldError("year", "gt.year_invalid", MIN_YEAR, MAX_YEAR));
        }
        checkName(em, data.name(), existing == null ? null : existing.getId(), errors);
        if (data.periodStart() != null && data.periodEnd() != null && data.periodEnd().isBefore(data.periodStart())) {
            errors.add(new FieldError("periodEnd", "gt.period_invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The name is required, at most 160 characters and not used by another programme. */
    static void checkName(EntityManager em, String name, Long ownId, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "gt.name_required"));
        } else if (name.trim().length() > 160) {
            errors.add(new FieldError("name", "field.too_long", 160));
        } else if (em.createQuery("SELECT p.id FROM WorkProgram p WHERE p.name = :name", Long.class)
                .setParameter("name", name.trim()).getResultStream().anyMatch(id -> !id.equals(ownId))) {
            errors.add(new FieldError("name", "gt.name_taken"));
        }
    }

    // Objectives

    public long saveObjective(long programId, Long objectiveId, Integer number, String description, Integer expectedVersion) {
        access.requireManage();
        WorkProgram program = load(programId);
        requireDraft(program);
        List<FieldError> errors = new ArrayList<>();
        if (number == null || number < 1 || number > 99) {
            errors.add(new FieldError("objectiveNumber", "gt.number_invalid"));
        } else if (em.createQuery("SELECT o.id FROM Objective o WHERE o.programId = :p AND o.number = :n", Long.class)
                .setParameter("p", programId).setParameter("n", number).getResultStream()
                .anyMatch(id -> !id.equals(objectiveId))) {
            errors.add(new FieldError("objectiveNumber", "gt.number_taken", number));
        }
        if (description == null || description.isBlank()) {
            errors.add(new FieldError("objectiveDescription", "gt.description_required"));
        } else if (description.length() > 5000) {
            errors.add(new FieldError("objectiveDescription", "field.too_long", 5000));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Objective objective;
        if (objectiveId == null) {
            objective = new Objective(programId, number, description.trim());
            em.persist(objective);
            em.flush();
        } else {
            objective = em.find(Objective.class, objectiveId);
            if (objective == null || objective.getProgramId() != programId) {
                throw new NotFoundException("Objective", objectiveId);
            }
            checkVersion(objective.getVersion(), expectedVersion, "Objective", objectiveId);
            objective.setNumber(number);
            objective.setDescription(description.trim());
        }
        program.touch();
        return objective.getId();
    }

    public void deleteObjective(long objectiveId) {
        access.requireManage();
        Objective objective = em.find(Objective.class, objectiveId);
        if (objective == null) {
            throw new NotFoundException("Objective", objectiveId);
        }
        requireDraft(load(objective.getProgramId()));
        long uses = em.createQuery("SELECT COUNT(a) FROM Activity a WHERE :o MEMBER OF a.objectiveIds", Long.class)
                .setParameter("o", objectiveId).getSingleResult();
        if (uses > 0) {
            throw ValidationException.of(null, "gt.objective_in_use", objective.getNumber());
        }
        em.remove(objective);
    }

    // Activities

    public long saveActivity(long programId, ActivityData data) {
        access.requireManage();
        WorkProgram program = load(programId);
        requireDraft(program);
        List<FieldError> errors = new ArrayList<>();
        if (data.scope() == null) {
            errors.add(new FieldError("activityScope", "gt.scope_required"));
        }
        if (data.number() == null || data.number() < 1 || data.number() > 99) {
            errors.add(new FieldError("activityNumber", "gt.number_invalid"));
        } else if (data.scope() != null && em.createQuery(
                        "SELECT a.id FROM Activity a WHERE a.programId = :p AND a.scope = :s AND a.number = :n", Long.class)
                .setParameter("p", programId).setParameter("s", data.scope()).setParameter("n", data.number())
                .getResultStream().anyMatch(id -> !id.equals(data.id()))) {
            errors.add(new FieldError("activityNumber", "gt.number_taken", data.number()));
        }
        if (data.description() == null || data.description().isBlank()) {
            errors.add(new FieldError("activityDescription", "gt.description_required"));
        } else if (data.description().length() > 5000) {
            errors.add(new FieldError("activityDescription", "field.too_long", 5000));
        }
        if (!ComplianceCalculator.validWeight(data.weight())) {
            errors.add(new FieldError("activityWeight", "gt.weight_invalid"));
        }
        Set<Long> objectiveIds = data.objectiveIds() == null ? Set.of() : Set.copyOf(data.objectiveIds());
        if (!objectiveIds.isEmpty() && em.createQuery(
                        "SELECT COUNT(o) FROM Objective o WHERE o.programId = :p AND o.id IN :ids", Long.class)
                .setParameter("p", programId).setParameter("ids", objectiveIds).getSingleResult() != objectiveIds.size()) {
            errors.add(new FieldError("activityObjectives", "gt.objective_unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Activity activity;
        if (data.id() == null) {
            activity = new Activity(programId, data.scope(), data.number(), data.description().trim(), data.weight());
            SectionSuggestions.suggest(data.description()).forEach(s -> activity.getSections().add(s.name()));
            activity.getObjectiveIds().addAll(objectiveIds);
            em.persist(activity);
            em.flush();
        } else {
            activity = em.find(Activity.class, data.id());
            if (activity == null || activity.getProgramId() != programId) {
                throw new NotFoundException("Activity", data.id());
            }
            checkVersion(activity.getVersion(), data.version(), "Activity", data.id());
            activity.setScope(data.scope());
            activity.setNumber(data.number());
            activity.setDescription(data.description().trim());
            activity.setWeight(data.weight());
            activity.getObjectiveIds().retainAll(objectiveIds);
            activity.getObjectiveIds().addAll(objectiveIds);
        }
        program.touch();
        return activity.getId();
    }

    public void deleteActivity(long activityId) {
        access.requireManage();
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new NotFoundException("Activity", activityId);
        }
        requireDraft(load(activity.getProgramId()));
        em.remove(activity);
    }

    /** Which portal sections count as evidence for an activity; any time before the programme is frozen. */
    public void setSections(long activityId, Collection<String> sections, int expectedVersion) {
        access.requireManage();
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new NotFoundException("Activity", activityId);
        }
        WorkProgram program = load(activity.getProgramId());
        if (program.getStatus() == ProgramStatus.CONGELADO) {
            throw ValidationException.of(null, "gt.program_frozen");
        }
        checkVersion(activity.getVersion(), expectedVersion, "Activity", activityId);
        Set<String> wanted = Set.copyOf(sections);
        for (String section : wanted) {
            try {
                PortalSection.valueOf(section);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("sections", "gt.section_unknown", section);
            }
        }
        activity.getSections().retainAll(wanted);
        activity.getSections().addAll(wanted);
        program.touch();
    }

    /** BORRADOR -> ACTIVO, when every scope's weights add up to exactly 100 %. */
    public void activate(long programId, int expectedVersion) {
        access.requireManage();
        WorkProgram program = load(programId);
        checkVersion(program.getVersion(), expectedVersion, "WorkProgram", programId);
        requireDraft(program);
        List<WeightSum> sums = sums(results.load(programId));
        List<FieldError> errors = sums.stream().filter(s -> !s.valid())
                .map(s -> new FieldError(null, "gt.weights_not_100", Texts.get("ActivityScope." + s.scope().name()),
                        s.sum())).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        auditNote.describe(program, AuditAction.TRANSITION, "BORRADOR -> ACTIVO");
        program.setStatus(ProgramStatus.ACTIVO);
        program.touch();
    }

    /**
     * Etapa n -> n + 1. Open commitments of the stage that ends are carried into the next one (each original is
     * marked TRASPASADO and keeps its history; the copy keeps the deadline, so overdue ones stay highlighted).
     */
    public int advanceStage(long programId, int expectedVersion) {
        access.requireManage();
        WorkProgram program = load(programId);
        checkVersion(program.getVersion(), expectedVersion, "WorkProgram", programId);
        if (program.getStage() >= 4) {
            throw ValidationException.of(null, "gt.stage_last");
        }
        if (program.getStatus() == ProgramStatus.CONGELADO) {
            throw ValidationException.of(null, "gt.program_frozen");
        }
        int from = program.getStage();
        int carried = carry(programId, from, programId, from + 1);
        auditNote.describe(program, AuditAction.TRANSITION,
                Texts.get("gt_audit.stage_advanced", from, from + 1, carried));
        program.setStage(from + 1);
        program.touch();
        return carried;
    }

    /** Carries the open commitments of a programme (of one stage, or all) into a programme's stage. */
    private int carry(long fromProgram, Integer fromStage, long toProgram, int toStage) {
        List<Commitment> open = em.createQuery("SELECT c FROM Commitment c WHERE c.programId = :p "
                        + "AND c.status IN :open ORDER BY c.deadline, c.id", Commitment.class)
                .setParameter("p", fromProgram)
                .setParameter("open", List.of(CommitmentStatus.PENDIENTE, CommitmentStatus.EN_CURSO))
                .getResultList();
        if (fromStage != null) {
            open = open.stream().filter(c -> c.getStage() == fromStage).toList();
        }
        for (Commitment commitment : open) {
            Long objective = fromProgram == toProgram ? commitment.getObjectiveId() : null;
            em.persist(commitment.carryInto(toProgram, toStage, objective));
        }
        return open.size();
    }

    public void reviewFlag(long flagId, String note, int expectedVersion) {
        access.requireManage();
        RecheckFlag flag = em.find(RecheckFlag.class, flagId);
        if (flag == null) {
            throw new NotFoundException("RecheckFlag", flagId);
        }
        checkVersion(flag.getVersion(), expectedVersion, "RecheckFlag", flagId);
        if (note == null || note.isBlank()) {
            throw ValidationException.of("flagNote", "gt.flag_note_required");
        }
        if (note.length() > 1000) {
            throw ValidationException.of("flagNote", "field.too_long", 1000);
        }
        auditNote.describe(flag, AuditAction.TRANSITION, "ABIERTO -> REVISADO: " + note.trim());
        flag.review(access.actor().username(), note.trim());
    }

    /** Overdue commitments of a programme (open, deadline before today in Chile). */
    public List<CommitmentView> findOverdue(long programId) {
        access.requireManage();
        return StageReportService.commitments(em, programId).stream().filter(CommitmentView::overdue)
                .sorted(Comparator.comparing(CommitmentView::deadline)).toList();
    }

    WorkProgram load(long id) {
        WorkProgram program = em.find(WorkProgram.class, id);
        if (program == null) {
            throw new NotFoundException("WorkProgram", id);
        }
        return program;
    }

    private static void requireDraft(WorkProgram program) {
        if (program.getStatus() != ProgramStatus.BORRADOR) {
            throw ValidationException.of(null, "gt.program_not_draft");
        }
    }

    static void checkVersion(int actual, Integer expected, String what, Object id) {
        if (expected != null && actual != expected) {
            throw new ConcurrentChangeException(what, id);
        }
    }
}
