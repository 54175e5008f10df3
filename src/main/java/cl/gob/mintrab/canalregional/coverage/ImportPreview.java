package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What the editor sees before confirming an import: every row of the file with its values, its errors and what
 * importing it would do (create, change, leave as it is). Nothing has been saved.
 */
public record ImportPreview(Dataset dataset, String regionCode, String fileName, DataImport.Format format,
                            List<String> columns, List<Row> rows, long errorRows, ImportCounts counts)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a row would do. */
    public enum RowAction { NEW, CHANGED, UNCHANGED, ERROR }

    /** A row: its number in the file, its cells in column order, its errors. */
    public record Row(int number, List<String> cells, List<CellError> errors, RowAction action) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean valid() {
            return errors.isEmpty();
        }

        public String errorsText() {
            return String.join(" ", errors.stream().map(CellError::text).toList());
        }

        public boolean hasError(String column) {
            return errors.stream().anyMatch(e -> column.equals(e.column()));
        }
    }

    public boolean valid() {
        return errorRows == 0;
    }

    public int totalRows() {
        return rows.size();
    }

    public List<Row> errorRowList() {
        return rows.stream().filter(r -> !r.valid()).toList();
    }
}
