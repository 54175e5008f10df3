package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.AuditAction;
import cl.gob.mintrab.canalregional.security.AuditLog;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.util.List;

/**
 * Downloads of a programme's results: one unit (its editors or central staff) or national (central staff), as
 * PDF laid out like the GT report or as XLSX. Each export is written to the audit log.
 */
@Stateless
public class ExportService {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** File formats. */
    public enum Format {
        PDF, XLSX
    }

    @Inject
    GtAccess access;

    @Inject
    ProgramResults results;

    @Inject
    AuditLog auditLog;

    /** The download's file name, e.g. "gt-2007-nacional.pdf" or "gt-2007-tarapaca.xlsx". */
    public String fileName(long programId, String regionCode, Format format) {
        ProgramResults.Results r = regionCode == null ? loadNational(programId) : loadUnit(programId, regionCode);
        String who = regionCode == null ? "nacional" : r.unit(regionCode).slug();
        return "gt-" + r.program().year() + "-" + who + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void unit(long programId, String regionCode, Format format, OutputStream out) {
        ProgramResults.Results r = loadUnit(programId, regionCode);
        write(r, List.of(r.unit(regionCode)), false, format, out);
        auditLog.record(AuditAction.EXPORT, "WorkProgram", programId, regionCode, Texts.get("gt_audit.export_unit", format));
    }

    public void national(long programId, Format format, OutputStream out) {
        ProgramResults.Results r = loadNational(programId);
        write(r, r.units(), true, format, out);
        auditLog.record(AuditAction.EXPORT, "WorkProgram", programId, null, Texts.get("gt_audit.export_national", format));
    }

    private ProgramResults.Results loadUnit(long programId, String regionCode) {
        access.requireView(programId, regionCode);
        return results.load(programId);
    }

    private ProgramResults.Results loadNational(long programId) {
        access.requireManage();
        return results.load(programId);
    }

    private static void write(ProgramResults.Results r, List<ProgramResults.UnitView> units, boolean national,
                              Format format, OutputStream out) {
        if (format == Format.PDF) {
            ComplianceExports.pdf(r, units, national, Times.now(), out);
        } else {
            ComplianceExports.xlsx(r, units, national, out);
        }
    }
}
