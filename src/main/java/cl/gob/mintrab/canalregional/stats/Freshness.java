package cl.gob.mintrab.canalregional.stats;

import java.time.Duration;
import java.time.Instant;

/** Whether a region's section is up to date against its expected cadence. Plain Java, unit-tested. */
public enum Freshness {
    /** Updated within the expected interval. */
    ON_TIME,
    /** Updated before, but longer ago than the expected interval. */
    LATE,
    /** Never updated. */
    MISSING,
    /** No update source is installed for this section (e.g. a feature not deployed yet). */
    UNAVAILABLE;

    public static Freshness of(Instant lastUpdate, int cadenceDays, Instant now) {
        if (lastUpdate == null) {
            return MISSING;
        }
        return Duration.between(lastUpdate, now).compareTo(Duration.ofDays(cadenceDays)) <= 0 ? ON_TIME : LATE;
    }

    public boolean stale() {
        return this == LATE || this == MISSING;
    }
}
