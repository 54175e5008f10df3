package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The result of checking an import file: every row with what it says and its errors. The file can be imported only
 * when no row has an error.
 */
public record ImportCheck<R extends ImportSchema.KeyedRow>(Dataset dataset, DataImport.Format format,
                                                          List<String> columns, List<RowCheck<R>> rows) {

    /** One row: its cells as read, the typed record (null when it has errors) and the errors. */
    public record RowCheck<R>(int number, Map<String, String> cells, R parsed, List<CellError> errors)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public long errorRows() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public boolean valid() {
        return errorRows() == 0;
    }

    public List<R> parsedRows() {
        return rows.stream().map(RowCheck::parsed).toList();
    }
}
