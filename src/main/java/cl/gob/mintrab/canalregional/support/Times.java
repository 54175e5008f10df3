package cl.gob.mintrab.canalregional.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps ({@code DATETIME(3)}: milliseconds). Entities take
 * their timestamps from here, so a value read back equals the value written and no phantom change is detected
 * (nor audited) at commit.
 */
public final class Times {

    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
