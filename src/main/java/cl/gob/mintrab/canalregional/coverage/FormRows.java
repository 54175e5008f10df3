package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry forms are checked by the same rules as import files: the form's values become one file row, its schema
 * parses it, and each error goes back to the form field that holds that column.
 */
final class FormRows {

    private FormRows() {
    }

    /** Cells by file column; null values become empty cells. */
    static TabularFile.Row row(Object... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            cells.put((String) columnsAndValues[i], value == null ? "" : String.valueOf(value));
        }
        return new TabularFile.Row(1, cells);
    }

    /** Parses the row or throws the errors, each on its form field ({@code fields}: column → field id). */
    static <R extends ImportSchema.KeyedRow> R parse(ImportSchema<R> schema, TabularFile.Row row, ImportContext context,
                                                     Map<String, String> fields) {
        List<CellError> errors = new ArrayList<>();
        R parsed = schema.parse(row, context, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().map(e -> new FieldError(
                    e.column() == null ? null : fields.getOrDefault(e.column(), null), e.messageKey(),
                    e.arguments().toArray())).toList());
        }
        return parsed;
    }
}
