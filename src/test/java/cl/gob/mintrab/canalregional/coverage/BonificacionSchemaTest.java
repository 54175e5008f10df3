package cl.gob.mintrab.canalregional.coverage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static cl.gob.mintrab.canalregional.coverage.ImportFixtures.NUBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BonificacionSchemaTest {

    private static final String HEADER = "periodo;cupos_asignados;empleos_bonificados;empresas;monto_pagado;"
            + "fecha_convocatoria;nota_convocatoria;fecha_seleccion;nota_seleccion;fecha_contratacion;"
            + "nota_contratacion;fecha_pago;nota_pago;fecha_cierre;nota_cierre\n";

    private static ImportCheck<BonificacionSchema.BonificacionRow> check(String rows) {
        return ImportValidator.check(ImportFixtures.csv(HEADER + rows), BonificacionSchema.INSTANCE, NUBLE,
                ImportValidator.Progress.NONE);
    }

    private static List<String> errorKeys(String row) {
        return check(row + "\n").rows().get(0).errors().stream().map(CellError::messageKey).toList();
    }

    @Test
    void aGoodRowWithItsStages() {
        ImportCheck<BonificacionSchema.BonificacionRow> check = check(
                "2026-09;850;612;140;385.000.000;02-03-2026;Llamado en diarios regionales;15-04-2026;;04-05-2026;;10-06-2026;;;\n");
        assertTrue(check.valid());
        BonificacionValues values = check.rows().get(0).parsed().values();
        assertEquals(YearMonth.of(2026, 9), check.rows().get(0).parsed().period());
        assertEquals(850, values.quotasAssigned());
        assertEquals(385_000_000L, values.amountPaid());
        assertEquals(LocalDate.of(2026, 3, 2), values.stage(BonificacionStage.CALL).date());
        assertEquals("Llamado en diarios regionales", values.stage(BonificacionStage.CALL).note());
        assertNull(values.stage(BonificacionStage.CLOSING).date());
        assertEquals(BonificacionStage.PAYMENT, values.currentStage());
    }

    @Test
    void stagesAreReachedInOrder() {
        assertEquals(List.of("bonificacion.stage_skipped"),
                errorKeys("2026-09;850;612;140;1000;02-03-2026;;;;04-05-2026;;;;;"));
        assertEquals(List.of("bonificacion.stage_before_previous"),
                errorKeys("2026-09;850;612;140;1000;02-03-2026;;01-03-2026;;;;;;;"));
    }

    @Test
    void noStageDateAfterTheMonthReported() {
        assertEquals(List.of("bonificacion.stage_after_period"),
                errorKeys("2026-03;850;0;0;0;02-03-2026;;15-04-2026;;;;;;;"));
    }

    @Test
    void badCells() {
        assertEquals(List.of("import.cell.not_integer", "import.cell.negative", "import.cell.not_date",
                "import.cell.note_without_date"), errorKeys("2026-09;muchos;-1;140;1000;2026-02-30;;;Sin fecha;;;;;;"));
        assertEquals(List.of("import.cell.date_future"), errorKeys("2026-10;850;0;0;0;2026-12-01;;;;;;;;;"));
    }

    @Test
    void oneReportPerMonth() {
        ImportCheck<BonificacionSchema.BonificacionRow> check = check("2026-09;1;0;0;0;;;;;;;;;;\n2026-9;2;0;0;0;;;;;;;;;;\n");
        assertEquals("import.row.duplicate_period", check.rows().get(1).errors().get(0).messageKey());
    }
}
