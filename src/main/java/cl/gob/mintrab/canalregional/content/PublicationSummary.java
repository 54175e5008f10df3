package cl.gob.mintrab.canalregional.content;

import java.time.Instant;

/** A line of the staff lists and dashboards. */
public record PublicationSummary(long id, String regionCode, String regionName, PublicationKind kind, String title, PublicState publicState,
                                 DraftState draftState, String submittedBy, String reviewComment, Instant publishAt,
                                 Instant unpublishAt, Instant updatedAt, String createdBy) {
}
