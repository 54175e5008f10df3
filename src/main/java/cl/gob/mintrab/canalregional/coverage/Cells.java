package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them in Chilean spreadsheets: "1.234" or "1234" for integers (the dot groups
 * thousands), "7,4" or "7.4" for decimals, "30-10-2026", "30/10/2026" or "2026-10-30" for dates.
 */
public final class Cells {

    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED_INTEGER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern SPREADSHEET_INTEGER = Pattern.compile("-?\\d+\\.0+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");

    private Cells() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** An integer, or empty when the text is not one (blank text is not one either). */
    public static Optional<Long> integer(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String value = text.trim().replace(" ", "").replace("\u00A0", "");
        try {
            if (PLAIN_INTEGER.matcher(value).matches()) {
                return Optional.of(Long.parseLong(value));
            }
            if (GROUPED_INTEGER.matcher(value).matches()) {
                return Optional.of(Long.parseLong(value.replace(".", "")));
            }
            if (SPREADSHEET_INTEGER.matcher(value).matches()) {
                return Optional.of(Long.parseLong(value.substring(0, value.indexOf('.'))));
            }
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A decimal with a comma or a dot, or empty. */
    public static Optional<BigDecimal> decimal(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String value = text.trim().replace(" ", "");
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }

    /** A calendar date, or empty. */
    public static Optional<LocalDate> date(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            Matcher m = ISO_DATE.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
