package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/gestion-territorial/importar}: central staff upload the three CSV files of a programme (the report
 * is optional). A bad file is refused whole and every row's problem is listed; a good one opens the new
 * programme's page with its re-check flags.
 */
@Named
@ViewScoped
public class GtImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProgramImportService imports;

    @Inject
    GtAccess access;

    private Integer year;
    private String name;
    private String sourceNote;
    private transient Part objectivesFile;
    private transient Part activitiesFile;
    private transient Part reportFile;
    private List<Problem> problems = List.of();

    /** A refused row, as listed on the page. */
    public record Problem(String file, String text) {
    }

    /** View action: only central staff import. */
    public void load() {
        access.requireManage();
    }

    public String upload() {
        problems = List.of();
        try {
            ProgramImporter.Outcome outcome = imports.importProgram(new ProgramImportService.ImportRequest(year, name,
                    sourceNote, bytes(objectivesFile), bytes(activitiesFile), bytes(reportFile)));
            GtPages.keepMessage("admin_gt_import.done", outcome.objectives(), outcome.activities(), outcome.units(),
                    outcome.figures(), outcome.flags(), outcome.missingUnits());
            return GtPages.program(outcome.programId());
        } catch (ValidationException e) {
            List<Problem> rows = new ArrayList<>();
            List<ValidationException.FieldError> fieldErrors = new ArrayList<>();
            for (ValidationException.FieldError error : e.getErrors()) {
                if (error.messageKey().startsWith("gt_import.") && error.arguments().length >= 2) {
                    rows.add(new Problem(String.valueOf(error.arguments()[0]), Texts.get(error.messageKey(), error.arguments())));
                } else {
                    fieldErrors.add(error);
                }
            }
            problems = List.copyOf(rows);
            if (!rows.isEmpty()) {
                FacesErrors.global("admin_gt_import.refused", rows.size());
            }
            if (!fieldErrors.isEmpty()) {
                GtPages.showErrors("form", new ValidationException(fieldErrors));
            }
            return null;
        } catch (IOException e) {
            FacesErrors.global("admin_gt_import.unreadable");
            return null;
        }
    }

    private static byte[] bytes(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > ProgramCsv.MAX_BYTES) {
            return new byte[ProgramCsv.MAX_BYTES + 1];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public List<Problem> getProblems() {
        return problems;
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

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public Part getObjectivesFile() {
        return objectivesFile;
    }

    public void setObjectivesFile(Part objectivesFile) {
        this.objectivesFile = objectivesFile;
    }

    public Part getActivitiesFile() {
        return activitiesFile;
    }

    public void setActivitiesFile(Part activitiesFile) {
        this.activitiesFile = activitiesFile;
    }

    public Part getReportFile() {
        return reportFile;
    }

    public void setReportFile(Part reportFile) {
        this.reportFile = reportFile;
    }
}
