package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The range a report is compared with. */
class PreviousRangeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private static String previous(String from, String to, LocalDate today) {
        LocalDate[] range = StatisticsService.previousRange(LocalDate.parse(from), LocalDate.parse(to), today);
        return range[0] + ".." + range[1];
    }

    @Test
    void aCalendarMonthOrYearIsComparedWithTheOneBefore() {
        assertEquals("2026-09-01..2026-09-30", previous("2026-10-01", "2026-10-31", TODAY), "October with September, 30 days");
        assertEquals("2026-02-01..2026-02-28", previous("2026-03-01", "2026-03-31", TODAY));
        assertEquals("2025-01-01..2025-12-31", previous("2026-01-01", "2026-12-31", LocalDate.parse("2027-01-05")));
        assertEquals("2023-01-01..2023-12-31", previous("2024-01-01", "2024-12-31", TODAY), "a leap year with the year before");
    }

    @Test
    void anyOtherRangeWithTheSameNumberOfDaysJustBefore() {
        assertEquals("2026-10-31..2026-11-09", previous("2026-11-10", "2026-11-19", TODAY));
        assertEquals("2026-09-26..2026-10-25", previous("2026-10-26", "2026-11-24", TODAY), "the last 30 days, today included, are over");
        assertEquals("2026-11-23..2026-11-23", previous("2026-11-24", "2026-11-24", TODAY));
    }

    @Test
    void aRangeNotOverYetIsComparedUpToTheDayThatMatchesToday() {
        assertEquals("2025-01-01..2025-11-24", previous("2026-01-01", "2026-12-31", TODAY), "this year");
        assertEquals("2026-10-01..2026-10-24", previous("2026-11-01", "2026-11-30", TODAY), "this month");
        assertEquals("2026-02-01..2026-02-28", previous("2026-03-01", "2026-03-31", LocalDate.parse("2026-03-30")),
                "no further than the end of a shorter month");
        assertEquals("2026-11-10..2026-11-14", previous("2026-11-20", "2026-11-29", TODAY), "a range across today: five days of ten");
        assertEquals("2026-11-01..2026-11-30", previous("2026-12-01", "2026-12-31", TODAY), "a range still to come: the whole month before");
    }
}
