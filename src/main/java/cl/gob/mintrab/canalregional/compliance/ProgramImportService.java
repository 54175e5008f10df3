package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports a programme, and optionally the figures the units reported, from the GT CSV files. Valid data is
 * written; a file with any bad row is refused whole, with every row's message; the re-check flags are stored with
 * the programme and never block the import. Central staff only.
 */
@Stateless
public class ProgramImportService {

    @Inject
    GtAccess access;

    @Inject
    ProgramImporter importer;

    @PersistenceContext
    private EntityManager em;

    /** What the import page sends. */
    public record ImportRequest(Integer year, String name, String sourceNote, byte[] objectives, byte[] activities,
                                byte[] report) {
    }

    public ProgramImporter.Outcome importProgram(ImportRequest request) {
        Actor actor = access.requireManage();
        List<FieldError> errors = new ArrayList<>();
        if (request.year() == null || request.year() < WorkProgramService.MIN_YEAR
                || request.year() > WorkProgramService.MAX_YEAR) {
            errors.add(new FieldError("year", "gt.year_invalid", WorkProgramService.MIN_YEAR, WorkProgramService.MAX_YEAR));
        }
        WorkProgramService.checkName(em, request.name(), null, errors);
        if (request.sourceNote() != null && request.sourceNote().length() > 500) {
            errors.add(new FieldError("sourceNote", "field.too_long", 500));
        }
        if (request.objectives() == null || request.objectives().length == 0) {
            errors.add(new FieldError(ProgramCsv.OBJECTIVES, "gt_import.file_missing"));
        }
        if (request.activities() == null || request.activities().length == 0) {
            errors.add(new FieldError(ProgramCsv.ACTIVITIES, "gt_import.file_missing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String note = request.sourceNote() == null || request.sourceNote().isBlank() ? null : request.sourceNote().trim();
        byte[] report = request.report() == null || request.report().length == 0 ? null : request.report();
        return importer.importProgram(request.year(), request.name().trim(), note,
                new ProgramImporter.Files(request.objectives(), request.activities(), report), actor.username(), false);
    }
}
