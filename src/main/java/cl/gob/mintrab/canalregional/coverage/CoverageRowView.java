package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/** A coverage row as admin lists show it. */
public record CoverageRowView(long id, String regionCode, String programmeCode, String programmeName, YearMonth period,
                              String comunaCode, String comunaName, CoverageValues values, boolean demo,
                              Instant updatedAt, int version) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public String periodText() {
        return Periods.iso(period);
    }
}
