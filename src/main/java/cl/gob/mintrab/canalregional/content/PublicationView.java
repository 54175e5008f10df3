package cl.gob.mintrab.canalregional.content;

import java.time.Instant;
import java.util.List;

/**
 * A publication as its editors and reviewers see it: states, dates, the content being edited (the pending draft,
 * or the published version when there is none) with its attachments, and its version for optimistic locking.
 */
public record PublicationView(long id, String regionCode, PublicationKind kind, String slug, PublicState publicState,
                              DraftState draftState, PublicationContent content, AttachmentView image,
                              List<AttachmentView> attachments, int contentRevision, Integer publishedRevision,
                              String submittedBy, Instant submittedAt, String reviewComment, Instant publishAt,
                              Instant unpublishAt, Instant firstPublishedAt, Instant publishedAt, String createdBy,
                              boolean demo, int version) {

    public boolean neverPublished() {
        return firstPublishedAt == null;
    }

    public boolean inReview() {
        return draftState == DraftState.EN_REVISION;
    }

    public boolean hasDraft() {
        return draftState != DraftState.NONE;
    }
}
