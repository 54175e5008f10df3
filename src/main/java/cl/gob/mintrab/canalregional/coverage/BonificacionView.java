package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/** A Bonificación report as lists and pages show it. */
public record BonificacionView(long id, String regionCode, YearMonth period, BonificacionValues values, boolean demo,
                               Instant updatedAt, int version) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public BonificacionStage currentStage() {
        return values.currentStage();
    }

    public String periodText() {
        return Periods.iso(period);
    }
}
