package cl.gob.mintrab.canalregional.support;

import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class YearMonthConverterTest {

    private final YearMonthConverter converter = new YearMonthConverter();

    @Test
    void aMonthIsItsFirstDay() {
        assertEquals(Date.valueOf(LocalDate.of(2026, 9, 1)), converter.convertToDatabaseColumn(YearMonth.of(2026, 9)));
        assertEquals(YearMonth.of(2026, 9), converter.convertToEntityAttribute(Date.valueOf(LocalDate.of(2026, 9, 1))));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
