package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.WeightSum;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/gestion-territorial/programa?id=N}: a programme for central staff: its definition (objectives,
 * weighted activities, evidence sections), activation, stage, units and their reports, re-check flags, frozen
 * snapshots and national exports.
 */
@Named
@ViewScoped
public class GtProgramBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which editor is open. */
    public enum Editing {
        NONE, HEADER, OBJECTIVE, ACTIVITY, SECTIONS, FLAG, VERSION
    }

    @Inject
    WorkProgramService programs;

    @Inject
    SnapshotService snapshots;

    @Inject
    ExportService exports;

    @Inject
    PortalEvidenceFinder portal;

    private Long id;
    private ProgramResults.Results results;
    private List<WeightSum> sums;
    private List<SnapshotView> snapshotList;
    private Editing editing = Editing.NONE;

    private Long editId;
    private Integer editVersion;
    private Integer year;
    private String name;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Integer objectiveNumber;
    private String objectiveDescription;
    private ActivityScope activityScope = ActivityScope.REGIONAL;
    private Integer activityNumber;
    private String activityDescription;
    private String activityWeight;
    private List<Long> activityObjectives = new ArrayList<>();
    private List<String> sections = new ArrayList<>();
    private String flagNote;
    private String annotation;

    /** View action. */
    public void load() {
        if (id == null) {
            throw new cl.gob.mintrab.canalregional.support.NotFoundException("WorkProgram", null);
        }
        refresh();
    }

    private void refresh() {
        results = programs.results(id);
        sums = programs.weightSums(id);
        snapshotList = snapshots.findByProgram(id);
    }

    // Header

    public void editHeader() {
        ProgramView p = results.program();
        open(Editing.HEADER, p.id(), p.version());
        year = p.year();
        name = p.name();
        periodStart = p.periodStart();
        periodEnd = p.periodEnd();
    }

    public void saveHeader() {
        run(() -> programs.update(id, new WorkProgramService.ProgramData(year, name, periodStart, periodEnd, false),
                editVersion), "admin_gt_program.saved");
    }

    // Objectives

    public void addObjective() {
        open(Editing.OBJECTIVE, null, null);
        objectiveNumber = results.objectives().size() + 1;
        objectiveDescription = null;
    }

    public void editObjective(ObjectiveView o) {
        open(Editing.OBJECTIVE, o.id(), o.version());
        objectiveNumber = o.number();
        objectiveDescription = o.description();
    }

    public void saveObjective() {
        run(() -> programs.saveObjective(id, editId, objectiveNumber, objectiveDescription, editVersion),
                "admin_gt_program.saved");
    }

    public void deleteObjective(long objectiveId) {
        run(() -> programs.deleteObjective(objectiveId), "admin_gt_program.deleted");
    }

    // Activities

    public void addActivity(ActivityScope scope) {
        open(Editing.ACTIVITY, null, null);
        activityScope = scope;
        activityNumber = results.activities(scope).size() + 1;
        activityDescription = null;
        activityWeight = null;
        activityObjectives = new ArrayList<>();
    }

    public void editActivity(ActivityView a) {
        open(Editing.ACTIVITY, a.id(), a.version());
        activityScope = a.scope();
        activityNumber = a.number();
        activityDescription = a.description();
        activityWeight = GtPages.percentageText(a.weight());
        activityObjectives = new ArrayList<>(a.objectiveIds());
    }

    public void saveActivity() {
        run(() -> programs.saveActivity(id, new WorkProgramService.ActivityData(editId, activityScope, activityNumber,
                activityDescription, GtPages.percentage(activityWeight, "activityWeight"), activityObjectives,
                editVersion)), "admin_gt_program.saved");
    }

    public void deleteActivity(long activityId) {
        run(() -> programs.deleteActivity(activityId), "admin_gt_program.deleted");
    }

    public void editSections(ActivityView a) {
        open(Editing.SECTIONS, a.id(), a.version());
        sections = new ArrayList<>(a.sections());
    }

    public void saveSections() {
        run(() -> programs.setSections(editId, sections, editVersion), "admin_gt_program.saved");
    }

    // Flags

    public void reviewFlag(FlagView flag) {
        open(Editing.FLAG, flag.id(), flag.version());
        flagNote = null;
    }

    public void saveFlag() {
        run(() -> programs.reviewFlag(editId, flagNote, editVersion), "admin_gt_program.flag_reviewed");
    }

    // Life cycle

    public void activate() {
        run(() -> programs.activate(id, results.program().version()), "admin_gt_program.activated");
    }

    public void advanceStage() {
        run(() -> FacesErrors.info("admin_gt_program.stage_advanced", programs.advanceStage(id, results.program().version())),
                null);
    }

    public void freeze() {
        run(() -> {
            SnapshotView s = snapshots.freeze(id, results.program().version());
            FacesErrors.info("admin_gt_program.frozen", s.sha256());
        }, null);
    }

    public void addVersion() {
        open(Editing.VERSION, null, null);
        annotation = null;
    }

    public void saveVersion() {
        run(() -> {
            SnapshotView s = snapshots.newVersion(id, annotation);
            FacesErrors.info("admin_gt_program.version_created", s.versionNo(), s.sha256());
        }, null);
    }

    public void cancel() {
        editing = Editing.NONE;
    }

    // Exports

    public void exportPdf() throws IOException {
        GtPages.download(exports.fileName(id, null, ExportService.Format.PDF), ExportService.PDF,
                out -> exports.national(id, ExportService.Format.PDF, out));
    }

    public void exportXlsx() throws IOException {
        GtPages.download(exports.fileName(id, null, ExportService.Format.XLSX), ExportService.XLSX,
                out -> exports.national(id, ExportService.Format.XLSX, out));
    }

    private void open(Editing what, Long editId, Integer version) {
        editing = what;
        this.editId = editId;
        this.editVersion = version;
    }

    /** Runs a service call; on success closes the editor, shows the message and reloads; on failure shows why. */
    private void run(Runnable action, String successKey) {
        try {
            action.run();
            editing = Editing.NONE;
            if (successKey != null) {
                FacesErrors.info(successKey);
            }
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public boolean sectionAvailable(String section) {
        return portal.available(section);
    }

    public PortalSection[] getAllSections() {
        return PortalSection.values();
    }

    public ActivityScope[] getScopes() {
        return ActivityScope.values();
    }

    public long getOpenFlagCount() {
        return results.openFlags().size();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgramResults.Results getResults() {
        return results;
    }

    public List<WeightSum> getSums() {
        return sums;
    }

    public List<SnapshotView> getSnapshots() {
        return snapshotList;
    }

    public Editing getEditing() {
        return editing;
    }

    public boolean isEditingNew() {
        return editId == null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Integer getObjectiveNumber() {
        return objectiveNumber;
    }

    public void setObjectiveNumber(Integer objectiveNumber) {
        this.objectiveNumber = objectiveNumber;
    }

    public String getObjectiveDescription() {
        return objectiveDescription;
    }

    public void setObjectiveDescription(String objectiveDescription) {
        this.objectiveDescription = objectiveDescription;
    }

    public ActivityScope getActivityScope() {
        return activityScope;
    }

    public void setActivityScope(ActivityScope activityScope) {
        this.activityScope = activityScope;
    }

    public Integer getActivityNumber() {
        return activityNumber;
    }

    public void setActivityNumber(Integer activityNumber) {
        this.activityNumber = activityNumber;
    }

    public String getActivityDescription() {
        return activityDescription;
    }

    public void setActivityDescription(String activityDescription) {
        this.activityDescription = activityDescription;
    }

    public String getActivityWeight() {
        return activityWeight;
    }

    public void setActivityWeight(String activityWeight) {
        this.activityWeight = activityWeight;
    }

    public List<Long> getActivityObjectives() {
        return activityObjectives;
    }

    public void setActivityObjectives(List<Long> activityObjectives) {
        this.activityObjectives = activityObjectives;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public void setFlagNote(String flagNote) {
        this.flagNote = flagNote;
    }

    public String getAnnotation() {
        return annotation;
    }

    public void setAnnotation(String annotation) {
        this.annotation = annotation;
    }
}
