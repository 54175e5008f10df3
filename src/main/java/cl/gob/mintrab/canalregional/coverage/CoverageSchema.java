package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Coverage import files: one row per programme, month and comuna (an empty comuna is the region's total).
 * Programmes are named by code; comunas by their five-digit official code, which must belong to the region the
 * file is imported into.
 */
public final class CoverageSchema implements ImportSchema<CoverageSchema.CoverageRow> {

    public static final CoverageSchema INSTANCE = new CoverageSchema();

    /** A valid coverage row. */
    public record CoverageRow(int number, ImportContext.ProgrammeRef programme, YearMonth period, String comunaCode,
                              CoverageValues values) implements KeyedRow, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String key() {
            return key(programme.id(), period, comunaCode);
        }

        public static String key(long programmeId, YearMonth period, String comunaCode) {
            return programmeId + "|" + period + "|" + (comunaCode == null ? "" : comunaCode);
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("programa", true, "PIC"),
            new Column("periodo", true, "2026-09"),
            new Column("comuna", false, "16101"),
            new Column("cupos", false, "120"),
            new Column("beneficiarios", true, "115"),
            new Column("mujeres", false, "64"),
            new Column("hombres", false, "51"),
            new Column("presupuesto_ejecutado", false, "48300000"));

    private CoverageSchema() {
    }

    @Override
    public Dataset dataset() {
        return Dataset.COVERAGE;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String duplicateMessageKey() {
        return "import.row.duplicate_coverage";
    }

    @Override
    public CoverageRow parse(TabularFile.Row row, ImportContext context, List<CellError> errors) {
        int before = errors.size();
        RowReader read = new RowReader(row, errors);
        String programmeCode = read.text("programa");
        ImportContext.ProgrammeRef programme = null;
        if (programmeCode.isEmpty()) {
            read.error("programa", "import.cell.required", "programa");
        } else {
            programme = context.programme(programmeCode).orElse(null);
            if (programme == null) {
                read.error("programa", "import.cell.unknown_programme", programmeCode);
            }
        }
        YearMonth period = read.period("periodo", context);
        if (programme != null && period != null && !programme.activeIn(period.getYear())) {
            read.error("periodo", "import.cell.programme_inactive", Periods.iso(period), programme.code(),
                    programme.yearFrom() + "–" + (programme.yearTo() == null ? "" : programme.yearTo()));
        }
        String comunaCode = null;
        String comunaText = read.text("comuna");
        if (!comunaText.isEmpty()) {
            ImportContext.ComunaRef comuna = context.comuna(comunaText).orElse(null);
            if (comuna == null) {
                read.error("comuna", "import.cell.unknown_comuna", comunaText);
            } else if (!comuna.regionCode().equals(context.regionCode())) {
                read.error("comuna", "import.cell.comuna_other_region", comuna.code(), comuna.name(),
                        comuna.regionName(), context.regionName());
            } else {
                comunaCode = comuna.code();
            }
        }
        Integer quotas = read.intCount("cupos", false);
        Integer beneficiaries = read.intCount("beneficiarios", true);
        Integer women = read.intCount("mujeres", false);
        Integer men = read.intCount("hombres", false);
        Long budget = read.count("presupuesto_ejecutado", false, 999_999_999_999_999L);
        if (beneficiaries != null && women != null && men != null && (long) women + men > beneficiaries) {
            read.error("mujeres", "import.cell.women_men_exceed", (long) women + men, beneficiaries);
        }
        if (errors.size() > before) {
            return null;
        }
        return new CoverageRow(row.number(), programme, period, comunaCode,
                new CoverageValues(quotas, beneficiaries, women, men, budget));
    }
}
