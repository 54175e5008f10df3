package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.security.AuditAction;
import cl.gob.mintrab.canalregional.security.AuditNote;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A unit's report in a programme: its editors enter the compliance of each activity with a comment and evidence
 * and send it; central staff approve it or send it back with a comment (per unit, each transition audited), and
 * may correct an approved or imported figure with a written reason. Editors see only their own units.
 */
@Stateless
public class UnitReportService {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]{3,990}", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    GtAccess access;

    @Inject
    AuditNote auditNote;

    @Inject
    ProgramResults results;

    @Inject
    PortalEvidenceFinder portal;

    @Inject
    EvidenceFiles files;

    /** Everything the unit page shows, with what the current user may do on it. */
    public record UnitPage(ProgramView program, List<ObjectiveView> objectives, ProgramResults.UnitView unit,
                           Map<Long, PortalEvidence> portalEvidence, List<FlagView> flags, boolean canEdit,
                           boolean canSubmit, boolean canReview, boolean canCorrect) {

        public PortalEvidence portal(long activityId) {
            return portalEvidence.getOrDefault(activityId, PortalEvidence.none());
        }

        /** Whether a document reported figures for this unit (imported programmes): then they are shown too. */
        public boolean hasReportedFigures() {
            return unit.rows().stream().anyMatch(r -> r.reportedCumulative() != null);
        }
    }

    /** A stored evidence file, for download. */
    public record EvidenceFile(String fileName, String contentType, long size, Path path) {
    }

    public UnitPage get(long programId, String regionCode) {
        access.requireView(programId, regionCode);
        ProgramResults.Results r = results.load(programId);
        ProgramResults.UnitView unit = r.unit(regionCode);
        Map<Long, PortalEvidence> evidence = new HashMap<>();
        for (ProgramResults.RowView row : unit.rows()) {
            evidence.put(row.activity().id(), portal.find(row.activity().sections(), regionCode,
                    r.program().periodStart(), r.program().periodEnd()));
        }
        List<FlagView> flags = r.flags().stream().filter(f -> f.regionCode().equals(regionCode)).toList();
        boolean editable = r.program().active() && access.canReport(regionCode)
                && (unit.status() == null || unit.status().editableByUnit());
        boolean canReview = access.canManage() && r.program().active() && unit.status() == UnitReportStatus.ENVIADO;
        boolean canCorrect = access.canManage() && !r.program().draft()
                && (unit.status() == UnitReportStatus.APROBADO || unit.status() == UnitReportStatus.IMPORTADO);
        return new UnitPage(r.program(), r.objectives(), unit, Map.copyOf(evidence), flags, editable,
                editable && unit.status() != null, canReview, canCorrect);
    }

    /** The unit's compliance (0 to 100, or none) and comment on one activity. */
    public void saveFigure(long programId, String regionCode, long activityId, BigDecimal compliance, String comment,
                           Integer expectedVersion) {
        Actor actor = access.requireReport(programId, regionCode);
        Activity activity = activity(programId, regionCode, activityId);
        UnitReport report = editableReport(programId, regionCode, actor);
        List<FieldError> errors = new ArrayList<>();
        if (compliance != null && !ComplianceCalculator.validPercentage(compliance)) {
            errors.add(new FieldError("compliance", "gt.compliance_out_of_range"));
        }
        if (comment != null && comment.length() > 4000) {
            errors.add(new FieldError("comment", "field.too_long", 4000));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActivityReport figure = figure(report, activity, actor, expectedVersion);
        figure.record(compliance, blankToNull(comment), actor.username());
        report.touch();
    }

    /** A web link as evidence. */
    public void addLink(long programId, String regionCode, long activityId, String title, String url) {
        Actor actor = access.requireReport(programId, regionCode);
        Activity activity = activity(programId, regionCode, activityId);
        UnitReport report = editableReport(programId, regionCode, actor);
        List<FieldError> errors = new ArrayList<>();
        checkTitle(title, errors);
        if (url == null || !WEB_ADDRESS.matcher(url.trim()).matches()) {
            errors.add(new FieldError("evidenceUrl", "gt.url_invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActivityReport figure = figure(report, activity, actor, null);
        Evidence evidence = new Evidence(figure.getId(), regionCode, EvidenceKind.ENLACE, title.trim(), actor.username());
        evidence.link(url.trim(), null);
        em.persist(evidence);
    }

    /** An item the portal found for this unit (a publication, a mesa, a data update) as evidence. */
    public void addPortalItem(long programId, String regionCode, long activityId, String section, String title,
                              String path) {
        Actor actor = access.requireReport(programId, regionCode);
        Activity activity = activity(programId, regionCode, activityId);
        UnitReport report = editableReport(programId, regionCode, actor);
        if (title == null || title.isBlank() || section == null || (path != null && !path.startsWith("/"))) {
            throw ValidationException.of(null, "gt.portal_item_invalid");
        }
        ActivityReport figure = figure(report, activity, actor, null);
        Evidence evidence = new Evidence(figure.getId(), regionCode, EvidenceKind.PORTAL,
                title.trim().length() > 300 ? title.trim().substring(0, 300) : title.trim(), actor.username());
        evidence.link(path, section);
        em.persist(evidence);
    }

    /** An uploaded file as evidence (PDF, office documents, CSV, images; 20 MB at most). */
    public void addFile(long programId, String regionCode, long activityId, String title, String fileName, byte[] content) {
        Actor actor = access.requireReport(programId, regionCode);
        Activity activity = activity(programId, regionCode, activityId);
        UnitReport report = editableReport(programId, regionCode, actor);
        EvidenceFiles.Checked checked = EvidenceFiles.check(fileName, content);
        String shown = title == null || title.isBlank() ? checked.fileName() : title.trim();
        List<FieldError> errors = new ArrayList<>();
        checkTitle(shown, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActivityReport figure = figure(report, activity, actor, null);
        String key = files.store(content);
        Evidence evidence = new Evidence(figure.getId(), regionCode, EvidenceKind.ARCHIVO, shown, actor.username());
        evidence.file(checked.fileName(), checked.contentType(), content.length, key, CanonicalJson.sha256Bytes(content));
        em.persist(evidence);
    }

    public void removeEvidence(long evidenceId) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        ActivityReport figure = em.find(ActivityReport.class, evidence.getActivityReportId());
        UnitReport report = em.find(UnitReport.class, figure.getUnitReportId());
        Actor actor = access.requireReport(report.getProgramId(), report.getRegionCode());
        editableReport(report.getProgramId(), report.getRegionCode(), actor);
        em.remove(evidence);
    }

    /** An evidence file for download, by those who may read the unit's report. */
    public EvidenceFile file(long evidenceId) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || evidence.getKind() != EvidenceKind.ARCHIVO) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        ActivityReport figure = em.find(ActivityReport.class, evidence.getActivityReportId());
        UnitReport report = em.find(UnitReport.class, figure.getUnitReportId());
        access.requireView(report.getProgramId(), report.getRegionCode());
        return new EvidenceFile(evidence.getFileName(), evidence.getContentType(), evidence.getFileSize(),
                files.path(evidence.getStorageKey()));
    }

    /** BORRADOR or DEVUELTO -> ENVIADO, when every activity has a compliance figure. */
    public void submit(long programId, String regionCode, int expectedVersion) {
        Actor actor = access.requireReport(programId, regionCode);
        UnitReport report = editableReport(programId, regionCode, actor);
        WorkProgramService.checkVersion(report.getVersion(), expectedVersion, "UnitReport", report.getId());
        ProgramResults.UnitView unit = results.load(programId).unit(regionCode);
        List<String> missing = unit.rows().stream().filter(r -> r.compliance() == null)
                .map(r -> String.valueOf(r.activity().number())).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of(null, "gt.submit_incomplete", ActivityView.objectivesText(
                    missing.stream().map(Integer::valueOf).toList()));
        }
        auditNote.describe(report, AuditAction.TRANSITION, report.getStatus() + " -> ENVIADO");
        report.submit(actor.username());
    }

    /** ENVIADO -> APROBADO, by central staff; the comment is optional. */
    public void approve(long programId, String regionCode, String comment, int expectedVersion) {
        review(programId, regionCode, comment, expectedVersion, UnitReportStatus.APROBADO);
    }

    /** ENVIADO -> DEVUELTO, by central staff, with a comment saying what to correct. */
    public void sendBack(long programId, String regionCode, String comment, int expectedVersion) {
        if (comment == null || comment.isBlank()) {
            access.requireManage();
            throw ValidationException.of("reviewComment", "gt.review_comment_required");
        }
        review(programId, regionCode, comment, expectedVersion, UnitReportStatus.DEVUELTO);
    }

    private void review(long programId, String regionCode, String comment, int expectedVersion, UnitReportStatus outcome) {
        Actor actor = access.requireManage();
        WorkProgram program = program(programId);
        if (program.getStatus() != ProgramStatus.ACTIVO) {
            throw ValidationException.of(null, "gt.program_not_active");
        }
        UnitReport report = report(programId, regionCode);
        if (report == null) {
            throw new NotFoundException("UnitReport", programId + "/" + regionCode);
        }
        WorkProgramService.checkVersion(report.getVersion(), expectedVersion, "UnitReport", report.getId());
        if (report.getStatus() != UnitReportStatus.ENVIADO) {
            throw ValidationException.of(null, "gt.review_not_submitted");
        }
        if (comment != null && comment.length() > 2000) {
            throw ValidationException.of("reviewComment", "field.too_long", 2000);
        }
        String text = blankToNull(comment);
        auditNote.describe(report, AuditAction.TRANSITION,
                "ENVIADO -> " + outcome.name() + (text == null ? "" : ": " + text));
        report.review(outcome, actor.username(), text);
    }

    /**
     * A correction by central staff of an approved or imported figure (also after the programme is frozen: the
     * frozen snapshot is not touched; a new snapshot version records the correction). The reason is mandatory and
     * goes to the audit log with the old and new values.
     */
    public void correct(long programId, String regionCode, long activityId, BigDecimal compliance, String reason,
                        Integer expectedVersion) {
        Actor actor = access.requireManage();
        Activity activity = activity(programId, regionCode, activityId);
        WorkProgram program = program(programId);
        UnitReport report = report(programId, regionCode);
        if (program.getStatus() == ProgramStatus.BORRADOR || report == null
                || (report.getStatus() != UnitReportStatus.APROBADO && report.getStatus() != UnitReportStatus.IMPORTADO)) {
            throw ValidationException.of(null, "gt.correction_not_allowed");
        }
        List<FieldError> errors = new ArrayList<>();
        if (compliance == null || !ComplianceCalculator.validPercentage(compliance)) {
            errors.add(new FieldError("compliance", "gt.compliance_out_of_range"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "gt.correction_reason_required"));
        } else if (reason.length() > 400) {
            errors.add(new FieldError("reason", "field.too_long", 400));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActivityReport figure = figure(report, activity, actor, expectedVersion);
        auditNote.describe(figure, AuditAction.UPDATE, Texts.get("gt_audit.correction", reason.trim()));
        figure.record(compliance, figure.getComment(), actor.username());
        report.touch();
    }

    private UnitReport editableReport(long programId, String regionCode, Actor actor) {
        WorkProgram program = program(programId);
        if (program.getStatus() != ProgramStatus.ACTIVO) {
            throw ValidationException.of(null, "gt.program_not_active");
        }
        if (em.find(ProgramUnit.class, new ProgramUnit.Key(programId, regionCode)) == null) {
            throw new NotFoundException("ProgramUnit", programId + "/" + regionCode);
        }
        UnitReport report = report(programId, regionCode);
        if (report == null) {
            report = new UnitReport(programId, regionCode, UnitReportStatus.BORRADOR);
            em.persist(report);
            em.flush();
        } else if (!report.getStatus().editableByUnit()) {
            throw ValidationException.of(null, "gt.report_locked");
        }
        return report;
    }

    /** The figure of an activity in a report, created empty when missing; checks the version the user read. */
    private ActivityReport figure(UnitReport report, Activity activity, Actor actor, Integer expectedVersion) {
        ActivityReport figure = em.createQuery("SELECT a FROM ActivityReport a WHERE a.unitReportId = :r "
                        + "AND a.activityId = :a", ActivityReport.class)
                .setParameter("r", report.getId()).setParameter("a", activity.getId())
                .getResultStream().findFirst().orElse(null);
        if (figure == null) {
            if (expectedVersion != null && expectedVersion > 0) {
                throw new ConcurrentChangeException("ActivityReport", report.getId() + "/" + activity.getId());
            }
            figure = new ActivityReport(report.getId(), activity.getId(), report.getRegionCode(), actor.username());
            em.persist(figure);
            em.flush();
        } else if (expectedVersion != null && figure.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ActivityReport", figure.getId());
        }
        return figure;
    }

    private Activity activity(long programId, String regionCode, long activityId) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null || activity.getProgramId() != programId
                || activity.getScope() != ActivityScope.of(regionCode)) {
            throw new NotFoundException("Activity", activityId);
        }
        return activity;
    }

    private WorkProgram program(long programId) {
        WorkProgram program = em.find(WorkProgram.class, programId);
        if (program == null) {
            throw new NotFoundException("WorkProgram", programId);
        }
        return program;
    }

    private UnitReport report(long programId, String regionCode) {
        return em.createQuery("SELECT r FROM UnitReport r WHERE r.programId = :p AND r.regionCode = :r", UnitReport.class)
                .setParameter("p", programId).setParameter("r", regionCode).getResultStream().findFirst().orElse(null);
    }

    private static void checkTitle(String title, List<FieldError> errors) {
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("evidenceTitle", "gt.evidence_title_required"));
        } else if (title.trim().length() > 300) {
            errors.add(new FieldError("evidenceTitle", "field.too_long", 300));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
