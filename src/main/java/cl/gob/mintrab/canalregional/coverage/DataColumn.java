package cl.gob.mintrab.canalregional.coverage;

/**
 * A column of an open-data table: its key (CSV header, JSON field, spreadsheet header), what it holds (Spanish,
 * for the spreadsheet's description sheet and the API documentation) and its type.
 */
public record DataColumn(String key, String description, Type type) {

    /** How values are written: numbers as numbers, months as "2026-09", dates as ISO 8601. */
    public enum Type { TEXT, INTEGER, DECIMAL, MONTH, DATE, BOOLEAN, TIMESTAMP }
}
