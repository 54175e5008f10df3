package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Employment series import files: one row per moving quarter, named by its last month ("2026-09" is
 * julio-septiembre 2026), with the unemployment rate, labour force and employed persons, the source and its
 * publication date. A row for a quarter already stored with other figures is a revision.
 */
public final class EmploymentSchema implements ImportSchema<EmploymentSchema.EmploymentRow> {

    public static final EmploymentSchema INSTANCE = new EmploymentSchema();

    /** A valid row; {@code note} explains a revision. */
    public record EmploymentRow(int number, YearMonth quarterEnd, EmploymentValues values, String note)
            implements KeyedRow, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String key() {
            return quarterEnd.toString();
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("trimestre", true, "2026-09"),
            new Column("tasa_desocupacion", true, "8,4"),
            new Column("fuerza_de_trabajo", true, "241350"),
            new Column("ocupados", true, "221077"),
            new Column("fuente", true, "INE, Encuesta Nacional de Empleo"),
            new Column("fecha_publicacion", true, "2026-10-30"),
            new Column("nota_revision", false, ""));

    private EmploymentSchema() {
    }

    @Override
    public Dataset dataset() {
        return Dataset.EMPLOYMENT;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String duplicateMessageKey() {
        return "import.row.duplicate_quarter";
    }

    @Override
    public EmploymentRow parse(TabularFile.Row row, ImportContext context, List<CellError> errors) {
        int before = errors.size();
        RowReader read = new RowReader(row, errors);
        YearMonth quarter = read.period("trimestre", context);
        BigDecimal rate = read.decimal("tasa_desocupacion");
        if (rate != null && (rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 1)) {
            read.error("tasa_desocupacion", "import.cell.rate_invalid", rate.toPlainString());
            rate = null;
        }
        Integer labourForce = read.intCount("fuerza_de_trabajo", true);
        Integer employed = read.intCount("ocupados", true);
        if (labourForce != null && employed != null && employed > labourForce) {
            read.error("ocupados", "import.cell.employed_exceeds", employed, labourForce);
        }
        String source = read.requiredText("fuente", 80);
        LocalDate published = read.date("fecha_publicacion", true, context);
        if (published != null && quarter != null && !published.isAfter(quarter.atEndOfMonth())) {
            read.error("fecha_publicacion", "import.cell.published_before_quarter", published.toString(),
                    Periods.quarterLabel(quarter));
        }
        String note = read.optionalText("nota_revision", 500);
        if (errors.size() > before) {
            return null;
        }
        return new EmploymentRow(row.number(), quarter, new EmploymentValues(rate.setScale(1), labourForce, employed,
                source, published), note);
    }
}
