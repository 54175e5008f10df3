package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Texts;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A figure that passed validation but looks wrong: shown next to the data and on the data-quality page.
 * {@code subject} names what the figure is about within its region: a programme code, "programme/comuna" for a
 * comuna's row, or null.
 */
public record QualityWarning(Kind kind, Dataset dataset, String regionCode, YearMonth period, String subject,
                             String messageKey, List<Serializable> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The rules. */
    public enum Kind {
        /** Beneficiaries (or bonified jobs) above the quotas. */
        ABOVE_QUOTAS,
        /** The comunas of a programme and month add up to something else than the regional total. */
        COMUNA_SUM_MISMATCH,
        /** A figure more than the configured factor above or below the previous period's. */
        JUMP,
        /** Periods without a figure between the first one reported and the latest the other regions have. */
        MISSING_PERIODS,
        /** The unemployment rate does not match labour force and employed persons. */
        INCONSISTENT_RATE
    }

    public QualityWarning {
        arguments = List.copyOf(arguments);
    }

    public String text() {
        return Texts.get(messageKey, arguments.toArray());
    }

    /** Matches the rows of an admin list this warning is about (same period and subject). */
    public boolean concerns(YearMonth rowPeriod, String rowSubject) {
        return period != null && period.equals(rowPeriod)
                && (subject == null || rowSubject == null || subject.equals(rowSubject));
    }
}
