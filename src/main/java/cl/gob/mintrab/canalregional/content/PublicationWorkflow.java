package cl.gob.mintrab.canalregional.content;

import java.time.Instant;

/**
 * The editorial workflow, without persistence: BORRADOR → EN_REVISION → PUBLICADO (or PROGRAMADO until its time)
 * → ARCHIVADO, with send-back, force-publish and one pending draft per published item. Each step checks the
 * current states and returns the new ones, or throws a {@link WorkflowException} naming the rule.
 */
public final class PublicationWorkflow {

    /** The two state axes of a publication. */
    public record States(PublicState publicState, DraftState draftState) {

        public boolean hasDraft() {
            return draftState != DraftState.NONE;
        }

        public boolean isVisible() {
            return publicState == PublicState.PUBLICADO;
        }
    }

    private PublicationWorkflow() {
    }

    public static States created() {
        return new States(PublicState.NONE, DraftState.BORRADOR);
    }

    /**
     * Saving content: a draft stays a draft (a draft in review goes back to BORRADOR, since the reviewer would
     * otherwise approve text they have not read); a published or archived item gets a new pending draft.
     */
    public static States edit(States s) {
        if (s.publicState() == PublicState.PROGRAMADO && s.draftState() == DraftState.NONE) {
            throw new WorkflowException("workflow.scheduled_locked");
        }
        return new States(s.publicState(), DraftState.BORRADOR);
    }

    public static States submit(States s) {
        if (s.draftState() != DraftState.BORRADOR) {
            throw new WorkflowException("workflow.nothing_to_submit");
        }
        return new States(s.publicState(), DraftState.EN_REVISION);
    }

    /**
     * Approval by someone other than the submitter. With a publication time in the future the item waits as
     * PROGRAMADO (only for items not yet public: a pending edit of a published item goes live at once).
     */
    public static States approve(States s, String approver, String submitter, Instant publishAt, Instant now) {
        if (s.draftState() != DraftState.EN_REVISION) {
            throw new WorkflowException("workflow.not_in_review");
        }
        if (approver.equals(submitter)) {
            throw new WorkflowException("workflow.own_submission");
        }
        return release(s, publishAt, now);
    }

    /** A reviewer returns the draft with a comment. */
    public static States sendBack(States s, String comment) {
        if (s.draftState() != DraftState.EN_REVISION) {
            throw new WorkflowException("workflow.not_in_review");
        }
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("workflow.comment_required");
        }
        return new States(s.publicState(), DraftState.BORRADOR);
    }

    /** Central staff publish without review; the reason is mandatory and goes to the audit log. */
    public static States forcePublish(States s, String reason, Instant publishAt, Instant now) {
        if (!s.hasDraft()) {
            throw new WorkflowException("workflow.nothing_to_publish");
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.reason_required");
        }
        return release(s, publishAt, now);
    }

    private static States release(States s, Instant publishAt, Instant now) {
        boolean neverPublished = s.publicState() == PublicState.NONE || s.publicState() == PublicState.PROGRAMADO;
        if (neverPublished && publishAt != null && publishAt.isAfter(now)) {
            return new States(PublicState.PROGRAMADO, DraftState.NONE);
        }
        return new States(PublicState.PUBLICADO, DraftState.NONE);
    }

    public static States archive(States s) {
        if (s.publicState() != PublicState.PUBLICADO) {
            throw new WorkflowException("workflow.not_published");
        }
        return new States(PublicState.ARCHIVADO, s.draftState());
    }

    /**
     * Dropping the pending draft. For an item never published, the caller hides the item itself (it is kept, with
     * its revisions, so nothing is lost).
     */
    public static States discardDraft(States s) {
        if (!s.hasDraft()) {
            throw new WorkflowException("workflow.nothing_to_discard");
        }
        return new States(s.publicState(), DraftState.NONE);
    }

    /** An approved item waiting for its time goes back to being a draft (to change its text or its date). */
    public static States cancelSchedule(States s) {
        if (s.publicState() != PublicState.PROGRAMADO) {
            throw new WorkflowException("workflow.not_scheduled");
        }
        return new States(PublicState.NONE, DraftState.BORRADOR);
    }

    /** The scheduler: a PROGRAMADO item whose time has come. */
    public static boolean publishIsDue(States s, Instant publishAt, Instant now) {
        return s.publicState() == PublicState.PROGRAMADO && publishAt != null && !publishAt.isAfter(now);
    }

    /** The scheduler: a PUBLICADO item whose unpublish time has come. */
    public static boolean unpublishIsDue(States s, Instant unpublishAt, Instant now) {
        return s.publicState() == PublicState.PUBLICADO && unpublishAt != null && !unpublishAt.isAfter(now);
    }
}
