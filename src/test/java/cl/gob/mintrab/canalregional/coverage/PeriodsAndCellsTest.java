package cl.gob.mintrab.canalregional.coverage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodsAndCellsTest {

    @Test
    void periods() {
        assertEquals(Optional.of(YearMonth.of(2026, 9)), Periods.parse("2026-09"));
        assertEquals(Optional.of(YearMonth.of(2026, 9)), Periods.parse(" 2026/9 "));
        assertEquals(Optional.of(YearMonth.of(2026, 9)), Periods.parse("09-2026"));
        assertEquals(Optional.of(YearMonth.of(2026, 9)), Periods.parse("2026-09-01"));
        assertEquals(Optional.empty(), Periods.parse("2026-00"));
        assertEquals(Optional.empty(), Periods.parse("sept"));
        assertEquals("septiembre de 2026", Periods.monthLabel(YearMonth.of(2026, 9)));
        assertEquals("jul-sep 2026", Periods.quarterLabel(YearMonth.of(2026, 9)));
        assertEquals("nov 2025-ene 2026", Periods.quarterLabel(YearMonth.of(2026, 1)));
        assertEquals("julio-septiembre de 2026", Periods.quarterLongLabel(YearMonth.of(2026, 9)));
    }

    @Test
    void numbersAsChileanSpreadsheetsWriteThem() {
        assertEquals(Optional.of(1234L), Cells.integer("1.234"));
        assertEquals(Optional.of(1234L), Cells.integer("1234"));
        assertEquals(Optional.of(48_300_000L), Cells.integer("48.300.000"));
        assertEquals(Optional.of(16101L), Cells.integer("16101.0"));
        assertEquals(Optional.of(-5L), Cells.integer("-5"));
        assertEquals(Optional.empty(), Cells.integer("12.5"));
        assertEquals(Optional.empty(), Cells.integer("1,234"));
        assertEquals(Optional.empty(), Cells.integer("diez"));
        assertEquals(Optional.empty(), Cells.integer("99999999999999999999999"));
        assertEquals(Optional.of(new BigDecimal("7.4")), Cells.decimal("7,4"));
        assertEquals(Optional.of(new BigDecimal("7.4")), Cells.decimal("7.4"));
        assertEquals(Optional.empty(), Cells.decimal("7,4%"));
    }

    @Test
    void dates() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 30)), Cells.date("2026-10-30"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 30)), Cells.date("30-10-2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 3)), Cells.date("3/10/2026"));
        assertEquals(Optional.empty(), Cells.date("2026-02-30"));
        assertEquals(Optional.empty(), Cells.date("mañana"));
    }
}
