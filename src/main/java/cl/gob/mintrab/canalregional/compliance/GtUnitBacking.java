package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * {@code /admin/gestion-territorial/unidad?programa=N&region=XX}: a unit's report in a programme: activities,
 * weights, compliance, earned and cumulative weights, evidence (attached and what the portal itself holds), flags.
 * The unit's editors enter figures and evidence and send the report; central staff approve it, send it back, or
 * correct an approved figure with a reason.
 */
@Named
@ViewScoped
public class GtUnitBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UnitReportService reports;

    @Inject
    ExportService exports;

    @Inject
    GtAccess access;

    private Long programId;
    private String region;
    private UnitReportService.UnitPage page;
    private boolean manager;

    private Long editActivityId;
    private Integer editVersion;
    private boolean correcting;
    private String compliance;
    private String comment;
    private String reason;
    private String evidenceTitle;
    private String evidenceUrl;
    private transient Part evidenceFile;
    private String reviewComment;

    /** View action. */
    public void load() {
        if (programId == null || region == null) {
            throw new NotFoundException("UnitReport", programId + "/" + region);
        }
        refresh();
    }

    private void refresh() {
        manager = access.canManage();
        page = reports.get(programId, region);
    }

    public boolean isManager() {
        return manager;
    }

    public void edit(ProgramResults.RowView row) {
        editActivityId = row.activity().id();
        editVersion = row.activityReportId() == null ? null : row.version();
        correcting = !page.canEdit() && page.canCorrect();
        compliance = GtPages.percentageText(row.compliance());
        comment = row.comment();
        reason = null;
        evidenceTitle = null;
        evidenceUrl = null;
    }

    public void cancel() {
        editActivityId = null;
    }

    public void save() {
        try {
            if (correcting) {
                reports.correct(programId, region, editActivityId, GtPages.percentage(compliance, "compliance"), reason,
                        editVersion);
                FacesErrors.info("admin_gt_unit.corrected");
            } else {
                reports.saveFigure(programId, region, editActivityId, GtPages.percentage(compliance, "compliance"),
                        comment, editVersion);
                FacesErrors.info("admin_gt_unit.saved");
            }
            editActivityId = null;
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public void addLink() {
        try {
            reports.addLink(programId, region, editActivityId, evidenceTitle, evidenceUrl);
            FacesErrors.info("admin_gt_unit.evidence_added");
            evidenceTitle = null;
            evidenceUrl = null;
            refreshKeepingEditor();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        }
    }

    /** Non-Ajax upload from the editor's file form. */
    public void addFile() {
        try {
            byte[] content = null;
            String fileName = null;
            if (evidenceFile != null && evidenceFile.getSize() > 0) {
                fileName = evidenceFile.getSubmittedFileName();
                if (evidenceFile.getSize() > EvidenceFiles.MAX_BYTES) {
                    content = new byte[(int) EvidenceFiles.MAX_BYTES + 1];
                } else {
                    try (InputStream in = evidenceFile.getInputStream()) {
                        content = in.readAllBytes();
                    }
                }
            }
            reports.addFile(programId, region, editActivityId, evidenceTitle, fileName, content);
            FacesErrors.info("admin_gt_unit.evidence_added");
            evidenceTitle = null;
            refreshKeepingEditor();
        } catch (ValidationException e) {
            GtPages.showErrors("upload", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addPortalItem(long activityId, EvidenceItem item) {
        try {
            reports.addPortalItem(programId, region, activityId, item.section(), item.title(), item.path());
            FacesErrors.info("admin_gt_unit.evidence_added");
            refreshKeepingEditor();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        }
    }

    public void removeEvidence(long evidenceId) {
        try {
            reports.removeEvidence(evidenceId);
            FacesErrors.info("admin_gt_unit.evidence_removed");
            refreshKeepingEditor();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        }
    }

    /** After evidence changes the figure's version moves on: keep the editor open on the new version. */
    private void refreshKeepingEditor() {
        refresh();
        if (editActivityId != null) {
            page.unit().rows().stream().filter(r -> r.activity().id() == editActivityId).findFirst()
                    .ifPresent(r -> editVersion = r.activityReportId() == null ? null : r.version());
        }
    }

    public void submit() {
        try {
            reports.submit(programId, region, page.unit().version());
            FacesErrors.info("admin_gt_unit.submitted");
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public void approve() {
        try {
            reports.approve(programId, region, reviewComment, page.unit().version());
            FacesErrors.info("admin_gt_unit.approved");
            reviewComment = null;
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("review", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public void sendBack() {
        try {
            reports.sendBack(programId, region, reviewComment, page.unit().version());
            FacesErrors.info("admin_gt_unit.sent_back");
            reviewComment = null;
            refresh();
        } catch (ValidationException e) {
            GtPages.showErrors("review", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global(e.getMessageKey());
        }
    }

    public void downloadEvidence(long evidenceId) throws IOException {
        UnitReportService.EvidenceFile file = reports.file(evidenceId);
        GtPages.download(file.fileName(), file.contentType(), out -> {
            try {
                Files.copy(file.path(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void exportPdf() throws IOException {
        GtPages.download(exports.fileName(programId, region, ExportService.Format.PDF), ExportService.PDF,
                out -> exports.unit(programId, region, ExportService.Format.PDF, out));
    }

    public void exportXlsx() throws IOException {
        GtPages.download(exports.fileName(programId, region, ExportService.Format.XLSX), ExportService.XLSX,
                out -> exports.unit(programId, region, ExportService.Format.XLSX, out));
    }

    public ProgramResults.RowView getEditingRow() {
        if (editActivityId == null) {
            return null;
        }
        return page.unit().rows().stream().filter(r -> r.activity().id() == editActivityId).findFirst().orElse(null);
    }

    public boolean isEditing() {
        return editActivityId != null;
    }

    public boolean isCorrecting() {
        return correcting;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public UnitReportService.UnitPage getPage() {
        return page;
    }

    public String getCompliance() {
        return compliance;
    }

    public void setCompliance(String compliance) {
        this.compliance = compliance;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEvidenceTitle() {
        return evidenceTitle;
    }

    public void setEvidenceTitle(String evidenceTitle) {
        this.evidenceTitle = evidenceTitle;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
