package cl.gob.mintrab.canalregional.coverage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static cl.gob.mintrab.canalregional.coverage.ImportFixtures.NUBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmploymentSchemaTest {

    private static final String HEADER = "trimestre,tasa_desocupacion,fuerza_de_trabajo,ocupados,fuente,fecha_publicacion,nota_revision\n";

    private static List<String> errorKeys(String row) {
        return ImportValidator.check(ImportFixtures.csv(HEADER + row + "\n"), EmploymentSchema.INSTANCE, NUBLE,
                ImportValidator.Progress.NONE).rows().get(0).errors().stream().map(CellError::messageKey).toList();
    }

    @Test
    void aGoodRow() {
        ImportCheck<EmploymentSchema.EmploymentRow> check = ImportValidator.check(ImportFixtures.csv(HEADER
                        + "2026-09,\"8,4\",241.350,221077,\"INE, Encuesta Nacional de Empleo\",30-10-2026,\n"),
                EmploymentSchema.INSTANCE, NUBLE, ImportValidator.Progress.NONE);
        assertTrue(check.valid());
        EmploymentSchema.EmploymentRow row = check.rows().get(0).parsed();
        assertEquals(YearMonth.of(2026, 9), row.quarterEnd());
        assertEquals(new EmploymentValues(new BigDecimal("8.4"), 241_350, 221_077, "INE, Encuesta Nacional de Empleo",
                LocalDate.of(2026, 10, 30)), row.values());
    }

    @Test
    void figuresMustMakeSense() {
        assertEquals(List.of("import.cell.rate_invalid"), errorKeys("2026-09,101,100,90,INE,2026-10-30,"));
        assertEquals(List.of("import.cell.rate_invalid"), errorKeys("2026-09,8.45,100,90,INE,2026-10-30,"));
        assertEquals(List.of("import.cell.employed_exceeds"), errorKeys("2026-09,8.4,100,190,INE,2026-10-30,"));
        assertEquals(List.of("import.cell.published_before_quarter"), errorKeys("2026-09,8.4,100,90,INE,2026-09-15,"));
        assertEquals(List.of("import.cell.not_decimal", "import.cell.required"), errorKeys("2026-09,ocho,100,90,,2026-10-30,"));
    }
}
