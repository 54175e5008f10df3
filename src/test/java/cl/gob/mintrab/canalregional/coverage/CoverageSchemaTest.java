package cl.gob.mintrab.canalregional.coverage;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static cl.gob.mintrab.canalregional.coverage.ImportFixtures.NUBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coverage import rules, one kind of bad row at a time, and a good file. */
class CoverageSchemaTest {

    private static final String HEADER = "programa,periodo,comuna,cupos,beneficiarios,mujeres,hombres,presupuesto_ejecutado\n";

    private static ImportCheck<CoverageSchema.CoverageRow> check(String rows) {
        return ImportValidator.check(ImportFixtures.csv(HEADER + rows), CoverageSchema.INSTANCE, NUBLE,
                ImportValidator.Progress.NONE);
    }

    private static List<String> errorKeys(String row) {
        ImportCheck<CoverageSchema.CoverageRow> check = check(row + "\n");
        return check.rows().get(0).errors().stream().map(CellError::messageKey).toList();
    }

    @Test
    void aGoodFileGivesTypedRows() {
        ImportCheck<CoverageSchema.CoverageRow> check = check("""
                PIC,2026-09,,300,290,150,140,120.000.000
                pic,2026-09,16101,200,190,100,90,80000000
                PIC,09-2026,16103,100,100,,,
                """);
        assertTrue(check.valid());
        assertEquals(3, check.rows().size());
        CoverageSchema.CoverageRow total = check.rows().get(0).parsed();
        assertEquals("PIC", total.programme().code());
        assertEquals(YearMonth.of(2026, 9), total.period());
        assertNull(total.comunaCode(), "an empty comuna is the regional total");
        assertEquals(new CoverageValues(300, 290, 150, 140, 120_000_000L), total.values());
        assertEquals("16101", check.rows().get(1).parsed().comunaCode());
        assertEquals(new CoverageValues(100, 100, null, null, null), check.rows().get(2).parsed().values());
        assertEquals(List.of("programa", "periodo", "comuna", "cupos", "beneficiarios", "mujeres", "hombres",
                "presupuesto_ejecutado"), check.columns());
    }

    @Test
    void anUnknownComunaCode() {
        assertEquals(List.of("import.cell.unknown_comuna"), errorKeys("PIC,2026-09,99999,10,5,,,"));
    }

    @Test
    void aComunaOfAnotherRegion() {
        ImportCheck<CoverageSchema.CoverageRow> check = check("PIC,2026-09,08101,10,5,,,\n");
        CellError error = check.rows().get(0).errors().get(0);
        assertEquals("import.cell.comuna_other_region", error.messageKey());
        assertEquals("comuna", error.column());
        assertEquals(List.of("08101", "Concepción", "Región del Biobío", "Región de Ñuble"), error.arguments());
    }

    @Test
    void aComunaCodeWhoseLeadingZeroASpreadsheetDroppedIsStillFound() {
        assertEquals(List.of("import.cell.comuna_other_region"), errorKeys("PIC,2026-09,5101,10,5,,,"));
    }

    @Test
    void negativeNumbers() {
        assertEquals(List.of("import.cell.negative", "import.cell.negative"), errorKeys("PIC,2026-09,,-10,-5,,,"));
    }

    @Test
    void nonNumericNumbers() {
        assertEquals(List.of("import.cell.not_integer", "import.cell.not_integer"),
                errorKeys("PIC,2026-09,,diez,12.5,,,"));
    }

    @Test
    void anUnknownProgramme() {
        assertEquals(List.of("import.cell.unknown_programme"), errorKeys("PROGRAMA-X,2026-09,,10,5,,,"));
    }

    @Test
    void duplicateRows() {
        ImportCheck<CoverageSchema.CoverageRow> check = check("""
                PIC,2026-09,16101,10,5,,,
                PIC,2026-08,16101,10,5,,,
                PIC,2026-09,16101,12,6,,,
                """);
        assertTrue(check.rows().get(0).valid());
        assertTrue(check.rows().get(1).valid());
        CellError duplicate = check.rows().get(2).errors().get(0);
        assertEquals("import.row.duplicate_coverage", duplicate.messageKey());
        assertEquals(List.of(2), duplicate.arguments(), "points at the first row with the same key");
        assertEquals(1, check.errorRows());
        assertTrue(!check.valid());
    }

    @Test
    void periodsOutOfRange() {
        assertEquals(List.of("import.cell.period_out_of_range"), errorKeys("PIC,2026-11,,10,5,,,"),
                "the current month has not ended");
        assertEquals(List.of("import.cell.period_out_of_range"), errorKeys("PIC,1999-12,,10,5,,,"));
        assertEquals(List.of("import.cell.programme_inactive"), errorKeys("CH-SOL,2013-01,,10,5,,,"),
                "outside the programme's years");
        assertEquals(List.of("import.cell.not_period"), errorKeys("PIC,septiembre,,10,5,,,"));
        assertEquals(List.of("import.cell.not_period"), errorKeys("PIC,2026-13,,10,5,,,"));
    }

    @Test
    void womenAndMenCannotAddUpToMoreThanTheBeneficiaries() {
        assertEquals(List.of("import.cell.women_men_exceed"), errorKeys("PIC,2026-09,,10,5,3,3,"));
    }

    @Test
    void missingRequiredValuesAndEveryErrorOfARowAtOnce() {
        assertEquals(List.of("import.cell.required", "import.cell.required", "import.cell.unknown_comuna",
                "import.cell.required"), errorKeys(",,00000,,,,,"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        ImportFileException e = assertThrows(ImportFileException.class, () -> ImportValidator.check(
                ImportFixtures.csv("programa,mes,beneficiarios\nPIC,2026-09,5\n"), CoverageSchema.INSTANCE, NUBLE,
                ImportValidator.Progress.NONE));
        assertEquals("import.file.missing_columns", e.getMessageKey());
        assertEquals("periodo", e.getArguments()[0]);
    }

    @Test
    void messagesAreSpanish() {
        ImportCheck<CoverageSchema.CoverageRow> check = check("PIC,2026-09,08101,10,5,,,\n");
        assertEquals("La comuna 08101 (Concepción) pertenece a la Región del Biobío, no a la Región de Ñuble.",
                check.rows().get(0).errors().get(0).text());
    }

    @Test
    void progressIsReported() {
        StringBuilder rows = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            for (int i = 0; i < 100; i++) {
                rows.append("PIC,2025-").append(String.format("%02d", month)).append(",,").append(i).append(",1,,,\n");
            }
        }
        List<Integer> reported = new java.util.ArrayList<>();
        ImportValidator.check(ImportFixtures.csv(HEADER + rows), CoverageSchema.INSTANCE, NUBLE,
                (done, total) -> reported.add(done));
        assertEquals(List.of(500, 1000, 1200), reported);
    }
}
