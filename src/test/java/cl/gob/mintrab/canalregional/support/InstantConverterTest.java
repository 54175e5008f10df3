package cl.gob.mintrab.canalregional.support;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void storesUtcWallClockTime() {
        Instant instant = Instant.parse("2026-11-24T12:34:56.789Z");
        assertEquals(LocalDateTime.parse("2026-11-24T12:34:56.789"), converter.convertToDatabaseColumn(instant));
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
