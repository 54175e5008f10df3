package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshnessTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void againstTheCadence() {
        assertEquals(Freshness.ON_TIME, Freshness.of(NOW.minus(Duration.ofDays(30)), 31, NOW));
        assertEquals(Freshness.ON_TIME, Freshness.of(NOW.minus(Duration.ofDays(31)), 31, NOW));
        assertEquals(Freshness.LATE, Freshness.of(NOW.minus(Duration.ofDays(31)).minusSeconds(1), 31, NOW));
        assertEquals(Freshness.MISSING, Freshness.of(null, 31, NOW));
        assertTrue(Freshness.LATE.stale());
        assertTrue(Freshness.MISSING.stale());
        assertFalse(Freshness.ON_TIME.stale());
        assertFalse(Freshness.UNAVAILABLE.stale());
    }
}
