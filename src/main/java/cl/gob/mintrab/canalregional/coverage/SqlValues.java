package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Values of native-query rows, whatever Java type the driver chose for them (Integer or Long, java.sql.Date or
 * LocalDate, Boolean or a number). DATETIME columns hold UTC (see support.InstantConverter).
 */
final class SqlValues {

    private SqlValues() {
    }

    static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer toInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static BigDecimal toDecimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    static YearMonth toMonth(Object value) {
        LocalDate date = toDate(value);
        return date == null ? null : YearMonth.from(date);
    }

    static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
