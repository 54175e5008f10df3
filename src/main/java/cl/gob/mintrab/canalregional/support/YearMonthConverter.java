package cl.gob.mintrab.canalregional.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Date;
import java.time.YearMonth;

/**
 * Stores a {@link YearMonth} (a reporting month) as the {@code DATE} of its first day, so months sort, compare
 * and index like dates in SQL. The database side is {@link java.sql.Date}: EclipseLink hands that type to
 * converters in every case, aggregates such as {@code MAX(...)} included.
 */
@Converter(autoApply = true)
public class YearMonthConverter implements AttributeConverter<YearMonth, Date> {

    @Override
    public Date convertToDatabaseColumn(YearMonth month) {
        return month == null ? null : Date.valueOf(month.atDay(1));
    }

    @Override
    public YearMonth convertToEntityAttribute(Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }
}
