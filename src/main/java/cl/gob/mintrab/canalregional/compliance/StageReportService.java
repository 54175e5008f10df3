package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stage reports of a programme, as in the GT reports: Etapa 3 ("análisis del avance" per objective and the
 * information-system improvement plan) and Etapa 4 (indicator and result per objective, products with committed
 * improvements, gaps, contribution, difficulties and recommendations), and the commitments as tracked items.
 * Every staff member reads them (they concern all units); central staff write them.
 */
@Stateless
public class StageReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    GtAccess access;

    /** Etapa 3, per objective (the analysis may not exist yet: id null). */
    public record AnalysisView(ObjectiveView objective, Long id, String modifications, String recommendations,
                               String commitments, String responsible, int version) {
    }

    public record ImprovementView(long id, int position, String activity, String progress, String recommendations,
                                  String responsible, LocalDate deadline, boolean overdue, int version) {
    }

    /** Etapa 4, per objective. */
    public record ResultView(ObjectiveView objective, Long id, String indicator, Fulfilment result, int version) {
    }

    public record ProductView(long id, int position, String product, String improvement, String evaluation,
                              Fulfilment incorporated, int version) {
    }

    public record GapView(long id, int position, String committed, String effective, String gap, int version) {
    }

    public record SummaryView(String contribution, String difficulties, String recommendations, Integer version) {
    }

    /** Both stage reports and the commitments of a programme. */
    public record StageReports(ProgramView program, List<AnalysisView> analyses, List<ImprovementView> improvements,
                               List<ResultView> results, List<ProductView> products, List<GapView> gaps,
                               SummaryView summary, List<CommitmentView> commitments) {

        public List<CommitmentView> openCommitments() {
            return commitments.stream().filter(c -> c.status().open()).toList();
        }

        public long overdueCount() {
            return commitments.stream().filter(CommitmentView::overdue).count();
        }
    }

    public StageReports get(long programId) {
        access.requireStaff();
        WorkProgram program = program(programId);
        List<Objective> objectives = em.createQuery("SELECT o FROM Objective o WHERE o.programId = :p ORDER BY o.number",
                Objective.class).setParameter("p", programId).getResultList();
        Map<Long, ObjectiveAnalysis> analyses = list(ObjectiveAnalysis.class, programId).stream()
                .collect(Collectors.toMap(ObjectiveAnalysis::getObjectiveId, Function.identity()));
        Map<Long, ObjectiveResult> results = list(ObjectiveResult.class, programId).stream()
                .collect(Collectors.toMap(ObjectiveResult::getObjectiveId, Function.identity()));
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<AnalysisView> analysisViews = objectives.stream().map(o -> {
            ObjectiveAnalysis a = analyses.get(o.getId());
            return a == null ? new AnalysisView(ObjectiveView.of(o), null, null, null, null, null, 0)
                    : new AnalysisView(ObjectiveView.of(o), a.getId(), a.getModifications(), a.getRecommendations(),
                    a.getCommitments(), a.getResponsible(), a.getVersion());
        }).toList();
        List<ResultView> resultViews = objectives.stream().map(o -> {
            ObjectiveResult r = results.get(o.getId());
            return r == null ? new ResultView(ObjectiveView.of(o), null, null, null, 0)
                    : new ResultView(ObjectiveView.of(o), r.getId(), r.getIndicator(), r.getResult(), r.getVersion());
        }).toList();
        List<ImprovementView> improvements = list(ImprovementItem.class, programId).stream()
                .sorted(Comparator.comparingInt(ImprovementItem::getPosition).thenComparing(ImprovementItem::getId))
                .map(i -> new ImprovementView(i.getId(), i.getPosition(), i.getActivity(), i.getProgress(),
                        i.getRecommendations(), i.getResponsible(), i.getDeadline(),
                        i.getDeadline() != null && i.getDeadline().isBefore(today)
                                && (i.getProgress() == null || i.getProgress().isBlank()), i.getVersion())).toList();
        List<ProductView> products = list(ProductEvaluation.class, programId).stream()
                .sorted(Comparator.comparingInt(ProductEvaluation::getPosition).thenComparing(ProductEvaluation::getId))
                .map(p -> new ProductView(p.getId(), p.getPosition(), p.getProduct(), p.getImprovement(),
                        p.getEvaluation(), p.getIncorporated(), p.getVersion())).toList();
        List<GapView> gaps = list(AchievementGap.class, programId).stream()
                .sorted(Comparator.comparingInt(AchievementGap::getPosition).thenComparing(AchievementGap::getId))
                .map(g -> new GapView(g.getId(), g.getPosition(), g.getCommitted(), g.getEffective(), g.getGap(),
                        g.getVersion())).toList();
        StageSummary s = em.find(StageSummary.class, programId);
        SummaryView summary = s == null ? new SummaryView(null, null, null, null)
                : new SummaryView(s.getContribution(), s.getDifficulties(), s.getRecommendations(), s.getVersion());
        return new StageReports(ProgramView.of(program), analysisViews, improvements, resultViews, products, gaps,
                summary, commitments(em, programId));
    }

    /** The commitments of a programme, open ones first by deadline, then the rest. */
    static List<CommitmentView> commitments(EntityManager em, long programId) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        Map<Long, Integer> objectiveNumbers = em.createQuery("SELECT o FROM Objective o WHERE o.programId = :p",
                        Objective.class).setParameter("p", programId).getResultStream()
                .collect(Collectors.toMap(Objective::getId, Objective::getNumber));
        return em.createQuery("SELECT c FROM Commitment c WHERE c.programId = :p", Commitment.class)
                .setParameter("p", programId).getResultStream()
                .map(c -> new CommitmentView(c.getId(), c.getProgramId(), c.getStage(), c.getObjectiveId(),
                        c.getObjectiveId() == null ? null : objectiveNumbers.get(c.getObjectiveId()), c.getDescription(),
                        c.getResponsible(), c.getDeadline(), c.getStatus(), c.getCarriedFromId(), c.overdue(today),
                        c.getVersion()))
                .sorted(Comparator.comparing((CommitmentView c) -> !c.status().open())
                        .thenComparing(CommitmentView::deadline).thenComparing(CommitmentView::id))
                .toList();
    }

    public void saveAnalysis(long programId, long objectiveId, String modifications, String recommendations,
                             String commitments, String responsible, Integer expectedVersion) {
        access.requireManage();
        Objective objective = objective(programId, objectiveId);
        List<FieldError> errors = new ArrayList<>();
        maxLength(errors, "modifications", modifications, 8000);
        maxLength(errors, "recommendations", recommendations, 8000);
        maxLength(errors, "commitmentsText", commitments, 8000);
        maxLength(errors, "responsible", responsible, 200);
        throwIf(errors);
        ObjectiveAnalysis analysis = em.createQuery("SELECT a FROM ObjectiveAnalysis a WHERE a.objectiveId = :o",
                ObjectiveAnalysis.class).setParameter("o", objective.getId()).getResultStream().findFirst().orElse(null);
        if (analysis == null) {
            analysis = new ObjectiveAnalysis(programId, objective.getId());
            em.persist(analysis);
        } else {
            WorkProgramService.checkVersion(analysis.getVersion(), expectedVersion, "ObjectiveAnalysis", analysis.getId());
        }
        analysis.update(trim(modifications), trim(recommendations), trim(commitments), trim(responsible));
    }

    public long saveImprovement(long programId, Long id, String activity, String progress, String recommendations,
                                String responsible, LocalDate deadline, Integer expectedVersion) {
        access.requireManage();
        program(programId);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "improvementActivity", activity, 4000);
        maxLength(errors, "progress", progress, 4000);
        maxLength(errors, "improvementRecommendations", recommendations, 4000);
        maxLength(errors, "improvementResponsible", responsible, 200);
        throwIf(errors);
        ImprovementItem item;
        if (id == null) {
            item = new ImprovementItem(programId, nextPosition(ImprovementItem.class, programId));
            em.persist(item);
        } else {
            item = owned(ImprovementItem.class, id, programId, ImprovementItem::getProgramId);
            WorkProgramService.checkVersion(item.getVersion(), expectedVersion, "ImprovementItem", id);
        }
        item.update(activity.trim(), trim(progress), trim(recommendations), trim(responsible), deadline);
        em.flush();
        return item.getId();
    }

    public void saveResult(long programId, long objectiveId, String indicator, Fulfilment result, Integer expectedVersion) {
        access.requireManage();
        Objective objective = objective(programId, objectiveId);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "indicator", indicator, 300);
        throwIf(errors);
        ObjectiveResult row = em.createQuery("SELECT r FROM ObjectiveResult r WHERE r.objectiveId = :o",
                ObjectiveResult.class).setParameter("o", objective.getId()).getResultStream().findFirst().orElse(null);
        if (row == null) {
            row = new ObjectiveResult(programId, objective.getId());
            em.persist(row);
        } else {
            WorkProgramService.checkVersion(row.getVersion(), expectedVersion, "ObjectiveResult", row.getId());
        }
        row.update(indicator.trim(), result);
    }

    public long saveProduct(long programId, Long id, String product, String improvement, String evaluation,
                            Fulfilment incorporated, Integer expectedVersion) {
        access.requireManage();
        program(programId);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "product", product, 300);
        required(errors, "improvement", improvement, 4000);
        maxLength(errors, "evaluation", evaluation, 8000);
        throwIf(errors);
        ProductEvaluation row;
        if (id == null) {
            row = new ProductEvaluation(programId, nextPosition(ProductEvaluation.class, programId));
            em.persist(row);
        } else {
            row = owned(ProductEvaluation.class, id, programId, ProductEvaluation::getProgramId);
            WorkProgramService.checkVersion(row.getVersion(), expectedVersion, "ProductEvaluation", id);
        }
        row.update(product.trim(), improvement.trim(), trim(evaluation), incorporated);
        em.flush();
        return row.getId();
    }

    public long saveGap(long programId, Long id, String committed, String effective, String gap, Integer expectedVersion) {
        access.requireManage();
        program(programId);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "committed", committed, 4000);
        maxLength(errors, "effective", effective, 8000);
        maxLength(errors, "gap", gap, 8000);
        throwIf(errors);
        AchievementGap row;
        if (id == null) {
            row = new AchievementGap(programId, nextPosition(AchievementGap.class, programId));
            em.persist(row);
        } else {
            row = owned(AchievementGap.class, id, programId, AchievementGap::getProgramId);
            WorkProgramService.checkVersion(row.getVersion(), expectedVersion, "AchievementGap", id);
        }
        row.update(committed.trim(), trim(effective), trim(gap));
        em.flush();
        return row.getId();
    }

    public void saveSummary(long programId, String contribution, String difficulties, String recommendations,
                            Integer expectedVersion) {
        access.requireManage();
        program(programId);
        List<FieldError> errors = new ArrayList<>();
        maxLength(errors, "contribution", contribution, 8000);
        maxLength(errors, "difficulties", difficulties, 8000);
        maxLength(errors, "summaryRecommendations", recommendations, 8000);
        throwIf(errors);
        StageSummary summary = em.find(StageSummary.class, programId);
        if (summary == null) {
            summary = new StageSummary(programId);
            em.persist(summary);
        } else {
            WorkProgramService.checkVersion(summary.getVersion(), expectedVersion, "StageSummary", programId);
        }
        summary.update(trim(contribution), trim(difficulties), trim(recommendations));
    }

    /** A new commitment (id null) or a change to one; a carried-over (TRASPASADO) one is history and stays as is. */
    public long saveCommitment(long programId, Long id, Integer stage, Long objectiveId, String description,
                               String responsible, LocalDate deadline, CommitmentStatus status, Integer expectedVersion) {
        access.requireManage();
        WorkProgram program = program(programId);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "commitmentDescription", description, 2000);
        required(errors, "commitmentResponsible", responsible, 200);
        if (deadline == null) {
            errors.add(new FieldError("deadline", "gt.deadline_required"));
        }
        if (status == CommitmentStatus.TRASPASADO) {
            errors.add(new FieldError("commitmentStatus", "gt.commitment_status_invalid"));
        }
        if (objectiveId != null) {
            objective(programId, objectiveId);
        }
        throwIf(errors);
        Commitment commitment;
        if (id == null) {
            commitment = new Commitment(programId, stage == null ? program.getStage() : Math.max(1, Math.min(4, stage)),
                    objectiveId, description.trim(), responsible.trim(), deadline);
            if (status != null) {
                commitment.update(description.trim(), responsible.trim(), deadline, status, objectiveId);
            }
            em.persist(commitment);
        } else {
            commitment = owned(Commitment.class, id, programId, Commitment::getProgramId);
            WorkProgramService.checkVersion(commitment.getVersion(), expectedVersion, "Commitment", id);
            if (commitment.getStatus() == CommitmentStatus.TRASPASADO) {
                throw ValidationException.of(null, "gt.commitment_carried");
            }
            commitment.update(description.trim(), responsible.trim(), deadline,
                    status == null ? commitment.getStatus() : status, objectiveId);
        }
        em.flush();
        return commitment.getId();
    }

    public void deleteRow(String kind, long id) {
        access.requireManage();
        Object row = switch (kind) {
            case "improvement" -> em.find(ImprovementItem.class, id);
            case "product" -> em.find(ProductEvaluation.class, id);
            case "gap" -> em.find(AchievementGap.class, id);
            default -> null;
        };
        if (row == null) {
            throw new NotFoundException(kind, id);
        }
        em.remove(row);
    }

    private <T> List<T> list(Class<T> type, long programId) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.programId = :p", type)
                .setParameter("p", programId).getResultList();
    }

    private int nextPosition(Class<?> type, long programId) {
        Integer max = em.createQuery("SELECT MAX(x.position) FROM " + type.getSimpleName() + " x WHERE x.programId = :p",
                Integer.class).setParameter("p", programId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private <T> T owned(Class<T> type, long id, long programId, java.util.function.ToLongFunction<T> program) {
        T row = em.find(type, id);
        if (row == null || program.applyAsLong(row) != programId) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return row;
    }

    private WorkProgram program(long programId) {
        WorkProgram program = em.find(WorkProgram.class, programId);
        if (program == null) {
            throw new NotFoundException("WorkProgram", programId);
        }
        return program;
    }

    private Objective objective(long programId, long objectiveId) {
        Objective objective = em.find(Objective.class, objectiveId);
        if (objective == null || objective.getProgramId() != programId) {
            throw new NotFoundException("Objective", objectiveId);
        }
        return objective;
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "gt.field_required"));
        } else {
            maxLength(errors, field, value, max);
        }
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "field.too_long", max));
        }
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
