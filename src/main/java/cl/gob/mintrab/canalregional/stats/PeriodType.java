package cl.gob.mintrab.canalregional.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar periods reports are made of, with the code stored in {@code stats_unique} and
 * {@code stats_period_key}. Unique visitors are counted per period, each with its own hash key.
 */
public enum PeriodType {
    DAY('D'), WEEK('W'), MONTH('M'), YEAR('Y');

    private final char code;

    PeriodType(char code) {
        this.code = code;
    }

    public String code() {
        return String.valueOf(code);
    }

    public static PeriodType ofCode(String code) {
        for (PeriodType type : values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The first day of the period that contains {@code day} (weeks start on Monday, as in Chile). */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The last day of the period starting at {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }
}
