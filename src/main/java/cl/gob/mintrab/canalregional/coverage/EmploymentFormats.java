package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Employment figures the way Chilean readers write them, for pages ({@code #{efmt.rate(...)}}) and charts: rates
 * "8,4 %", money "$48.300.000", months "octubre de 2026", quarters "jul-sep 2026", dates "30 de octubre de 2026".
 */
@Named("efmt")
@ApplicationScoped
public class EmploymentFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Formats.LOCALE);

    /** "1.234", a fresh formatter (NumberFormat is not thread-safe). */
    public static NumberFormat integerFormat() {
        return NumberFormat.getIntegerInstance(Formats.LOCALE);
    }

    /** "8,4": one decimal. */
    public static NumberFormat rateFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(Formats.LOCALE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    public String integer(Number value) {
        return value == null ? "—" : integerFormat().format(value.longValue());
    }

    /** "8,4 %". */
    public String rate(BigDecimal value) {
        return value == null ? "—" : rateFormat().format(value) + " %";
    }

    /** "$48.300.000". */
    public String clp(Number value) {
        return value == null ? "—" : "$" + integerFormat().format(value.longValue());
    }

    public String month(YearMonth month) {
        return Periods.monthLabel(month);
    }

    public String iso(YearMonth month) {
        return Periods.iso(month);
    }

    public String quarter(YearMonth end) {
        return Periods.quarterLabel(end);
    }

    public String quarterLong(YearMonth end) {
        return Periods.quarterLongLabel(end);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
