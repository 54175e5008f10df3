package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bonificación import files: one row per month with the figures to date and, for each stage of the management
 * process, its date and an optional note.
 */
public final class BonificacionSchema implements ImportSchema<BonificacionSchema.BonificacionRow> {

    public static final BonificacionSchema INSTANCE = new BonificacionSchema();

    /** File column suffix of each stage ("fecha_convocatoria", "nota_convocatoria" ...). */
    public static final Map<BonificacionStage, String> STAGE_COLUMNS = Map.of(
            BonificacionStage.CALL, "convocatoria",
            BonificacionStage.SELECTION, "seleccion",
            BonificacionStage.HIRING, "contratacion",
            BonificacionStage.PAYMENT, "pago",
            BonificacionStage.CLOSING, "cierre");

    /** A valid row. */
    public record BonificacionRow(int number, YearMonth period, BonificacionValues values)
            implements KeyedRow, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String key() {
            return period.toString();
        }
    }

    private static final List<Column> COLUMNS;

    static {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("periodo", true, "2026-09"),
                new Column("cupos_asignados", true, "850"),
                new Column("empleos_bonificados", true, "612"),
                new Column("empresas", true, "140"),
                new Column("monto_pagado", true, "385000000")));
        String[] examples = {"2026-03-02", "2026-04-15", "2026-05-04", "2026-06-10", ""};
        for (BonificacionStage stage : BonificacionStage.values()) {
            columns.add(new Column("fecha_" + STAGE_COLUMNS.get(stage), false, examples[stage.ordinal()]));
            columns.add(new Column("nota_" + STAGE_COLUMNS.get(stage), false, ""));
        }
        COLUMNS = List.copyOf(columns);
    }

    private BonificacionSchema() {
    }

    @Override
    public Dataset dataset() {
        return Dataset.BONIFICACION;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String duplicateMessageKey() {
        return "import.row.duplicate_period";
    }

    @Override
    public BonificacionRow parse(TabularFile.Row row, ImportContext context, List<CellError> errors) {
        int before = errors.size();
        RowReader read = new RowReader(row, errors);
        YearMonth period = read.period("periodo", context);
        Integer quotas = read.intCount("cupos_asignados", true);
        Integer jobs = read.intCount("empleos_bonificados", true);
        Integer companies = read.intCount("empresas", true);
        Long amount = read.count("monto_pagado", true, 999_999_999_999_999L);
        Map<BonificacionStage, StageEntry> stages = new EnumMap<>(BonificacionStage.class);
        boolean datesRead = true;
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = STAGE_COLUMNS.get(stage);
            int errorsBefore = errors.size();
            LocalDate date = read.date("fecha_" + suffix, false, context);
            String note = read.optionalText("nota_" + suffix, 500);
            datesRead &= errors.size() == errorsBefore;
            if (date == null && note != null) {
                read.error("nota_" + suffix, "import.cell.note_without_date", "nota_" + suffix, "fecha_" + suffix);
            }
            stages.put(stage, new StageEntry(date, note));
        }
        BonificacionValues values = null;
        if (quotas != null && jobs != null && companies != null && amount != null && datesRead) {
            values = new BonificacionValues(quotas, jobs, companies, amount, stages);
            for (BonificacionRules.Problem problem : BonificacionRules.check(period, values)) {
                errors.add(new CellError("fecha_" + STAGE_COLUMNS.get(problem.stage()), problem.messageKey(),
                        problem.arguments()));
            }
        }
        if (errors.size() > before || values == null) {
            return null;
        }
        return new BonificacionRow(row.number(), period, values);
    }
}
