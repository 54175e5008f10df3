package cl.gob.mintrab.canalregional.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every row of an import file against its dataset's schema and the reference data, and finds duplicate
 * rows. Pure Java; the service runs it before showing the preview and again, on the same bytes, before writing.
 */
public final class ImportValidator {

    /** Told how far the check is, every few hundred rows. */
    @FunctionalInterface
    public interface Progress {
        void rows(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private ImportValidator() {
    }

    public static <R extends ImportSchema.KeyedRow> ImportCheck<R> check(TabularFile file, ImportSchema<R> schema,
                                                                         ImportContext context, Progress progress) {
        List<String> missing = schema.columns().stream().filter(ImportSchema.Column::required)
                .map(ImportSchema.Column::name).filter(c -> !file.columns().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missing_columns", String.join(", ", missing),
                    String.join(", ", schema.columns().stream().map(ImportSchema.Column::name).toList()));
        }
        List<String> shown = schema.columns().stream().map(ImportSchema.Column::name).toList();
        Map<String, Integer> firstRowByKey = new HashMap<>();
        List<ImportCheck.RowCheck<R>> rows = new ArrayList<>(file.rows().size());
        int total = file.rows().size();
        int done = 0;
        for (TabularFile.Row row : file.rows()) {
            List<CellError> errors = new ArrayList<>();
            R parsed = schema.parse(row, context, errors);
            if (parsed != null) {
                Integer first = firstRowByKey.putIfAbsent(parsed.key(), row.number());
                if (first != null) {
                    errors.add(CellError.of(null, schema.duplicateMessageKey(), first));
                }
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : shown) {
                cells.put(column, row.get(column));
            }
            rows.add(new ImportCheck.RowCheck<>(row.number(), cells, errors.isEmpty() ? parsed : null, List.copyOf(errors)));
            if (++done % 500 == 0 || done == total) {
                progress.rows(done, total);
            }
        }
        return new ImportCheck<>(schema.dataset(), file.format(), shown, List.copyOf(rows));
    }
}
