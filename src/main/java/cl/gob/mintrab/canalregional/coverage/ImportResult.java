package cl.gob.mintrab.canalregional.coverage;

import java.time.Instant;

/** A finished import, as shown to the editor and listed in the import history. */
public record ImportResult(long id, Dataset dataset, String regionCode, String fileName, ImportCounts counts,
                           String importedBy, Instant importedAt) {
}
