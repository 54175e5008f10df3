package cl.gob.mintrab.canalregional.coverage;

import java.util.List;

/**
 * Rows of an open-data dataset as they are downloaded: the same columns and values in CSV, XLSX, JSON and the
 * API. Values are String, Integer, Long, BigDecimal, YearMonth, LocalDate, Boolean or Instant (null when empty).
 */
public record DataTable(String name, String title, List<DataColumn> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int index(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + key);
    }
}
