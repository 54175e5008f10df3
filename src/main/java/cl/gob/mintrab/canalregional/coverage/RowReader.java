package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed cells of one import row, adding a Spanish-message error for each cell that is missing, not a
 * number, negative or not a period or date. Every method reads its cell and records its problem independently, so
 * a row reports all its errors at once.
 */
final class RowReader {

    private final TabularFile.Row row;
    private final List<CellError> errors;

    RowReader(TabularFile.Row row, List<CellError> errors) {
        this.row = row;
        this.errors = errors;
    }

    String text(String column) {
        return row.get(column);
    }

    String requiredText(String column, int maxLength) {
        String value = row.get(column);
        if (value.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.required", column));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(CellError.of(column, "import.cell.too_long", column, maxLength));
            return null;
        }
        return value;
    }

    String optionalText(String column, int maxLength) {
        String value = row.get(column);
        if (value.length() > maxLength) {
            errors.add(CellError.of(column, "import.cell.too_long", column, maxLength));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** A non-negative whole number that fits the column ({@code max}). */
    Long count(String column, boolean required, long max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                errors.add(CellError.of(column, "import.cell.required", column));
            }
            return null;
        }
        Optional<Long> number = Cells.integer(value);
        if (number.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.not_integer", column, value));
            return null;
        }
        if (number.get() < 0) {
            errors.add(CellError.of(column, "import.cell.negative", column, value));
            return null;
        }
        if (number.get() > max) {
            errors.add(CellError.of(column, "import.cell.too_big", column, value));
            return null;
        }
        return number.get();
    }

    Integer intCount(String column, boolean required) {
        Long value = count(column, required, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.required", column));
            return null;
        }
        Optional<BigDecimal> number = Cells.decimal(value);
        if (number.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.not_decimal", column, value));
            return null;
        }
        if (number.get().signum() < 0) {
            errors.add(CellError.of(column, "import.cell.negative", column, value));
            return null;
        }
        return number.get();
    }

    /** A month between {@link Periods#EARLIEST} and the last month that has ended. */
    YearMonth period(String column, ImportContext context) {
        String value = row.get(column);
        if (value.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.required", column));
            return null;
        }
        Optional<YearMonth> period = Periods.parse(value);
        if (period.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.not_period", column, value));
            return null;
        }
        if (period.get().isBefore(Periods.EARLIEST) || period.get().isAfter(context.lastClosedMonth())) {
            errors.add(CellError.of(column, "import.cell.period_out_of_range", column, Periods.iso(period.get()),
                    Periods.iso(Periods.EARLIEST), Periods.iso(context.lastClosedMonth())));
            return null;
        }
        return period.get();
    }

    /** A date, not in the future. */
    LocalDate date(String column, boolean required, ImportContext context) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                errors.add(CellError.of(column, "import.cell.required", column));
            }
            return null;
        }
        Optional<LocalDate> date = Cells.date(value);
        if (date.isEmpty()) {
            errors.add(CellError.of(column, "import.cell.not_date", column, value));
            return null;
        }
        if (date.get().isAfter(context.today())) {
            errors.add(CellError.of(column, "import.cell.date_future", column, date.get().toString()));
            return null;
        }
        return date.get();
    }

    void error(String column, String key, java.io.Serializable... arguments) {
        errors.add(CellError.of(column, key, arguments));
    }
}
