package cl.gob.mintrab.canalregional.coverage;

import java.util.List;

/**
 * The columns of one dataset's import files and how a row becomes a typed record. Implementations are pure Java:
 * each problem of a row is added to {@code errors} (all of them, not only the first), and a row with errors
 * yields no record.
 */
public interface ImportSchema<R extends ImportSchema.KeyedRow> {

    /** A parsed row: its number in the file and the key that makes it unique in its region. */
    interface KeyedRow {
        int number();

        /** Equal keys mean the same figure (a duplicate in the file, an update in the database). */
        String key();
    }

    /** A column of the file: normalised name, whether it is required, an example value, a help key. */
    record Column(String name, boolean required, String example) {
    }

    Dataset dataset();

    List<Column> columns();

    R parse(TabularFile.Row row, ImportContext context, List<CellError> errors);

    /** Message key for a duplicate row (argument 0: the first row with the same key). */
    String duplicateMessageKey();
}
