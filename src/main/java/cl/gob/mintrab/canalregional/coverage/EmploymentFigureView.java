package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** An employment figure with the values its revisions replaced, most recent first. */
public record EmploymentFigureView(long id, String regionCode, YearMonth quarterEnd, EmploymentValues values,
                                   boolean revised, boolean demo, Instant updatedAt, int version,
                                   List<Revision> revisions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Values that were valid from {@code recordedAt} until a revision replaced them at {@code replacedAt}. */
    public record Revision(EmploymentValues values, Instant recordedAt, Instant replacedAt, String replacedBy,
                           String note) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public String quarterLabel() {
        return Periods.quarterLabel(quarterEnd);
    }

    public String quarterText() {
        return Periods.iso(quarterEnd);
    }
}
