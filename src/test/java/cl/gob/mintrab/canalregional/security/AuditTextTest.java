package cl.gob.mintrab.canalregional.security;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditTextTest {

    @Test
    void valuesAreWrittenUnambiguously() {
        assertEquals("2026-11-24T12:00:00Z", AuditText.valueOf(Instant.parse("2026-11-24T12:00:00Z")));
        assertEquals("2026-11-24T12:00:00Z", AuditText.valueOf(LocalDateTime.parse("2026-11-24T12:00:00")));
        assertEquals("12.50", AuditText.valueOf(new BigDecimal("12.50")));
        assertEquals("EDITOR", AuditText.valueOf(Role.EDITOR));
        assertEquals("08, 16", AuditText.valueOf(Set.of("16", "08")));
        assertNull(AuditText.valueOf(null));
    }

    @Test
    void changesSurviveTheRoundTripThroughJson() {
        List<AuditChange> changes = List.of(new AuditChange("name", "Mesa \"A\"", "Mesa Ñ"),
                new AuditChange("description", null, "línea 1\nlínea 2"));
        assertEquals(changes, AuditText.fromJson(AuditText.toJson(changes)));
        assertNull(AuditText.toJson(List.of()));
        assertEquals(List.of(), AuditText.fromJson(null));
    }
}
