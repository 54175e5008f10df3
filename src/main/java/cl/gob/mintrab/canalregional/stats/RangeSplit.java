package cl.gob.mintrab.canalregional.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of days into the whole months it covers and the loose days at its ends, so that per-page
 * reports read one monthly row per page for whole months and daily rows only for the rest.
 *
 * @param months first days of the whole months inside the range
 * @param days   sub-ranges of loose days, each [from, to] inclusive
 */
public record RangeSplit(List<LocalDate> months, List<LocalDate[]> days) {

    public static RangeSplit of(LocalDate from, LocalDate to) {
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate[]> days = new ArrayList<>();
        LocalDate cursor = from;
        LocalDate looseStart = null;
        while (!cursor.isAfter(to)) {
            LocalDate monthEnd = cursor.withDayOfMonth(cursor.lengthOfMonth());
            if (cursor.getDayOfMonth() == 1 && !monthEnd.isAfter(to)) {
                if (looseStart != null) {
                    days.add(new LocalDate[] {looseStart, cursor.minusDays(1)});
                    looseStart = null;
                }
                months.add(cursor);
                cursor = monthEnd.plusDays(1);
            } else {
                if (looseStart == null) {
                    looseStart = cursor;
                }
                LocalDate stop = monthEnd.isAfter(to) ? to : monthEnd;
                cursor = stop.plusDays(1);
            }
        }
        if (looseStart != null) {
            days.add(new LocalDate[] {looseStart, to});
        }
        return new RangeSplit(List.copyOf(months), List.copyOf(days));
    }
}
