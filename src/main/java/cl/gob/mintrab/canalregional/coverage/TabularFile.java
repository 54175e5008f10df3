package cl.gob.mintrab.canalregional.coverage;

import java.util.List;
import java.util.Map;

/**
 * A CSV or XLSX file read as text: normalised column names (lower case, no accents, underscores) and its data
 * rows, each with the row number a spreadsheet shows (the header is row 1).
 */
public record TabularFile(DataImport.Format format, List<String> columns, List<Row> rows) {

    /** A data row: its number in the file and its cells by normalised column name (missing cells are ""). */
    public record Row(int number, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }

        public boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }
}
