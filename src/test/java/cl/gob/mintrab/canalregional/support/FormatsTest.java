package cl.gob.mintrab.canalregional.support;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void datesAreWrittenInSpanishInChileanTime() {
        // 02:30 UTC on 1 March is still 28 February in Santiago (UTC-3 in summer).
        Instant instant = Instant.parse("2026-03-01T02:30:00Z");
        assertEquals("28 de febrero de 2026", fmt.date(instant));
        assertEquals("28 de febrero de 2026, 23:30", fmt.dateTime(instant));
        assertEquals("2026-02-28T23:30:00-03:00", fmt.iso(instant));
    }

    @Test
    void winterTimeIsUtcMinusFour() {
        assertEquals("15 de julio de 2026, 08:00", fmt.dateTime(Instant.parse("2026-07-15T12:00:00Z")));
    }

    @Test
    void integersUseTheDotAsThousandsSeparator() {
        assertEquals("1.234.567", fmt.integer(1_234_567));
        assertEquals("", fmt.integer(null));
    }
}
