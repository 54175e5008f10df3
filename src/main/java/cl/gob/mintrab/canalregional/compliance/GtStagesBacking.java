package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * {@code /admin/gestion-territorial/etapas?programa=N}: the Etapa 3 and Etapa 4 reports of a programme and its
 * commitments. Every staff member reads them; central staff edit them, one block at a time.
 */
@Named
@ViewScoped
public class GtStagesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which block is being edited. */
    public enum Editing {
        NONE, ANALYSIS, IMPROVEMENT, RESULT, PRODUCT, GAP, SUMMARY, COMMITMENT
    }

    @Inject
    StageReportService stages;

    @Inject
    GtAccess access;

    private Long programId;
    private StageReportService.StageReports reports;
    private boolean manager;
    private Editing editing = Editing.NONE;
    private Long editId;
    private Long objectiveId;
    private Integer editVersion;

    // One set of inputs, reused by every block (only one editor is open at a time).
    private String text1;
    private String text2;
    private String text3;
    private String text4;
    private String responsible;
    private LocalDate deadline;
    private Fulfilment fulfilment;
    private CommitmentStatus commitmentStatus;
    private Integer stage;

    /** View action. */
    public void load() {
        if (programId == null) {
            throw new NotFoundException("WorkProgram", null);
        }
        manager = access.canManage();
        refresh();
    }

    private void refresh() {
        reports = stages.get(programId);
    }

    public void editAnalysis(StageReportService.AnalysisView a) {
        open(Editing.ANALYSIS, a.id(), a.objective().id(), a.id() == null ? null : a.version());
        text1 = a.modifications();
        text2 = a.recommendations();
        text3 = a.commitments();
        responsible = a.responsible();
    }

    public void editImprovement(StageReportService.ImprovementView i) {
        open(Editing.IMPROVEMENT, i == null ? null : i.id(), null, i == null ? null : i.version());
        text1 = i == null ? null : i.activity();
        text2 = i == null ? null : i.progress();
        text3 = i == null ? null : i.recommendations();
        responsible = i == null ? null : i.responsible();
        deadline = i == null ? null : i.deadline();
    }

    public void editResult(StageReportService.ResultView r) {
        open(Editing.RESULT, r.id(), r.objective().id(), r.id() == null ? null : r.version());
        text1 = r.indicator();
        fulfilment = r.result();
    }

    public void editProduct(StageReportService.ProductView p) {
        open(Editing.PRODUCT, p == null ? null : p.id(), null, p == null ? null : p.version());
        text1 = p == null ? null : p.product();
        text2 = p == null ? null : p.improvement();
        text3 = p == null ? null : p.evaluation();
        fulfilment = p == null ? null : p.incorporated();
    }

    public void editGap(StageReportService.GapView g) {
        open(Editing.GAP, g == null ? null : g.id(), null, g == null ? null : g.version());
        text1 = g == null ? null : g.committed();
        text2 = g == null ? null : g.effective();
        text3 = g == null ? null : g.gap();
    }

    public void editSummary() {
        StageReportService.SummaryView s = reports.summary();
        open(Editing.SUMMARY, null, null, s.version());
        text1 = s.contribution();
        text2 = s.difficulties();
        text3 = s.recommendations();
    }

    public void editCommitment(CommitmentView c) {
        open(Editing.COMMITMENT, c == null ? null : c.id(), c == null ? null : c.objectiveId(),
                c == null ? null : c.version());
        text1 = c == null ? null : c.description();
        responsible = c == null ? null : c.responsible();
        deadline = c == null ? null : c.deadline();
        commitmentStatus = c == null ? CommitmentStatus.PENDIENTE : c.status();
        stage = c == null ? reports.program().stage() : c.stage();
    }

    public void save() {
        try {
            switch (editing) {
                case ANALYSIS -> stages.saveAnalysis(programId, objectiveId, text1, text2, text3, responsible, editVersion);
                case IMPROVEMENT -> stages.saveImprovement(programId, editId, text1, text2, text3, responsible, deadline,
                        editVersion);
                case RESULT -> stages.saveResult(programId, objectiveId, text1, fulfilment, editVersion);
                case PRODUCT -> stages.saveProduct(programId, editId, text1, text2, text3, fulfilment, editVersion);
                case GAP -> stages.saveGap(programId, editId, text1, text2, text3, editVersion);
                case SUMMARY -> stages.saveSummary(programId, text1, text2, text3, editVersion);
                case COMMITMENT -> stages.saveCommitment(programId, editId, stage, objectiveId, text1, responsible,
                        deadline, commitmentStatus, editVersion);
                default -> {
                    return;
                }
            }
            editing = Editing.NONE;
            FacesErrors.info("admin_gt_stages.saved");
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public void delete(String kind, long id) {
        stages.deleteRow(kind, id);
        FacesErrors.info("admin_gt_stages.deleted");
        refresh();
    }

    public void cancel() {
        editing = Editing.NONE;
    }

    private void open(Editing what, Long id, Long objective, Integer version) {
        editing = what;
        editId = id;
        objectiveId = objective;
        editVersion = version;
        text1 = text2 = text3 = text4 = responsible = null;
        deadline = null;
        fulfilment = null;
    }

    public Fulfilment[] getFulfilments() {
        return Fulfilment.values();
    }

    public CommitmentStatus[] getCommitmentStatuses() {
        return new CommitmentStatus[]{CommitmentStatus.PENDIENTE, CommitmentStatus.EN_CURSO, CommitmentStatus.CUMPLIDO};
    }

    public ObjectiveView getEditingObjective() {
        if (objectiveId == null) {
            return null;
        }
        return reports.analyses().stream().map(StageReportService.AnalysisView::objective)
                .filter(o -> o.id() == objectiveId).findFirst().orElse(null);
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public StageReportService.StageReports getReports() {
        return reports;
    }

    public boolean isManager() {
        return manager;
    }

    public Editing getEditing() {
        return editing;
    }

    public boolean isEditingNew() {
        return editId == null;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public String getText1() {
        return text1;
    }

    public void setText1(String text1) {
        this.text1 = text1;
    }

    public String getText2() {
        return text2;
    }

    public void setText2(String text2) {
        this.text2 = text2;
    }

    public String getText3() {
        return text3;
    }

    public void setText3(String text3) {
        this.text3 = text3;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Fulfilment getFulfilment() {
        return fulfilment;
    }

    public void setFulfilment(Fulfilment fulfilment) {
        this.fulfilment = fulfilment;
    }

    public CommitmentStatus getCommitmentStatus() {
        return commitmentStatus;
    }

    public void setCommitmentStatus(CommitmentStatus commitmentStatus) {
        this.commitmentStatus = commitmentStatus;
    }

    public Integer getStage() {
        return stage;
    }

    public void setStage(Integer stage) {
        this.stage = stage;
    }
}
