package cl.gob.mintrab.canalregional.content;

import java.time.Instant;

/** A line of a publication's history. */
public record RevisionSummary(int number, String title, String changeNote, Integer restoredFrom, String createdBy,
                              Instant createdAt, boolean published, boolean draft) {
}
