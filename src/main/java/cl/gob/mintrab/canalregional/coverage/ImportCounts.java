package cl.gob.mintrab.canalregional.coverage;

/** How an import changed the data: rows in the file, rows created, rows changed, rows already equal. */
public record ImportCounts(int total, int created, int updated, int unchanged) {
}
