package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Formats;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting months and INE's moving quarters: parsing what files and URLs carry ({@code 2026-09}) and the Spanish
 * labels pages show ("septiembre de 2026", "jul-sep 2026").
 */
public final class Periods {

    /** The earliest month the portal accepts: figures before that are not part of the regional series. */
    public static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private Periods() {
    }

    /**
     * "2026-09", "2026/9", "09-2026", "9/2026", or a date whose month is meant ("2026-09-01", as spreadsheets turn
     * a month into a date).
     */
    public static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        Matcher m = ISO.matcher(value);
        int year;
        int month;
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else if ((m = MONTH_FIRST.matcher(value)).matches()) {
            month = Integer.parseInt(m.group(1));
            year = Integer.parseInt(m.group(2));
        } else if ((m = ISO_DATE.matcher(value)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else {
            return Optional.empty();
        }
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }

    /** "2026-09": files, URLs, the API. */
    public static String iso(YearMonth month) {
        return month == null ? "" : ISO_MONTH.format(month);
    }

    /** "septiembre de 2026". */
    public static String monthLabel(YearMonth month) {
        return month == null ? "" : monthName(month, TextStyle.FULL) + " de " + month.getYear();
    }

    /** "sept 2026" in tight places (chart axes). */
    public static String shortMonthLabel(YearMonth month) {
        return month == null ? "" : abbreviation(month) + " " + month.getYear();
    }

    /** The moving quarter that ends in the given month: "jul-sep 2026", or "nov 2025-ene 2026" across a year. */
    public static String quarterLabel(YearMonth end) {
        if (end == null) {
            return "";
        }
        YearMonth start = end.minusMonths(2);
        return start.getYear() == end.getYear()
                ? abbreviation(start) + "-" + abbreviation(end) + " " + end.getYear()
                : abbreviation(start) + " " + start.getYear() + "-" + abbreviation(end) + " " + end.getYear();
    }

    /** "julio-septiembre de 2026". */
    public static String quarterLongLabel(YearMonth end) {
        if (end == null) {
            return "";
        }
        YearMonth start = end.minusMonths(2);
        return start.getYear() == end.getYear()
                ? monthName(start, TextStyle.FULL) + "-" + monthName(end, TextStyle.FULL) + " de " + end.getYear()
                : monthLabel(start) + " a " + monthLabel(end);
    }

    private static String monthName(YearMonth month, TextStyle style) {
        return month.getMonth().getDisplayName(style, Formats.LOCALE);
    }

    /** Three-letter month abbreviations as INE prints them ("ene", "feb" ... "sep", "dic"). */
    private static String abbreviation(YearMonth month) {
        return monthName(month, TextStyle.FULL).substring(0, 3);
    }
}
