package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final States DRAFT = PublicationWorkflow.created();
    private static final States IN_REVIEW = PublicationWorkflow.submit(DRAFT);
    private static final States PUBLISHED = new States(PublicState.PUBLICADO, DraftState.NONE);

    private static void refused(String key, Runnable step) {
        assertEquals(key, assertThrows(WorkflowException.class, step::run).getMessageKey());
    }

    @Test
    void aNewItemIsADraftNobodySees() {
        assertEquals(new States(PublicState.NONE, DraftState.BORRADOR), DRAFT);
        assertFalse(DRAFT.isVisible());
    }

    @Test
    void draftToReviewToPublished() {
        assertEquals(new States(PublicState.NONE, DraftState.EN_REVISION), IN_REVIEW);
        States published = PublicationWorkflow.approve(IN_REVIEW, "revisora", "autora", null, NOW);
        assertEquals(PUBLISHED, published);
        assertTrue(published.isVisible());
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        refused("workflow.own_submission", () -> PublicationWorkflow.approve(IN_REVIEW, "autora", "autora", null, NOW));
    }

    @Test
    void onlyItemsInReviewAreApprovedOrSentBack() {
        refused("workflow.not_in_review", () -> PublicationWorkflow.approve(DRAFT, "b", "a", null, NOW));
        refused("workflow.not_in_review", () -> PublicationWorkflow.sendBack(PUBLISHED, "x"));
        refused("workflow.nothing_to_submit", () -> PublicationWorkflow.submit(IN_REVIEW));
        refused("workflow.nothing_to_submit", () -> PublicationWorkflow.submit(PUBLISHED));
    }

    @Test
    void sendingBackNeedsAComment() {
        refused("workflow.comment_required", () -> PublicationWorkflow.sendBack(IN_REVIEW, "  "));
        assertEquals(DRAFT, PublicationWorkflow.sendBack(IN_REVIEW, "Falta la fuente de las cifras."));
    }

    @Test
    void anApprovalWithAFutureTimeWaitsAsScheduled() {
        States scheduled = PublicationWorkflow.approve(IN_REVIEW, "b", "a", NOW.plusSeconds(3600), NOW);
        assertEquals(new States(PublicState.PROGRAMADO, DraftState.NONE), scheduled);
        assertFalse(scheduled.isVisible());
        assertFalse(PublicationWorkflow.publishIsDue(scheduled, NOW.plusSeconds(3600), NOW));
        assertTrue(PublicationWorkflow.publishIsDue(scheduled, NOW.plusSeconds(3600), NOW.plusSeconds(3600)));
        assertEquals(PUBLISHED, PublicationWorkflow.approve(IN_REVIEW, "b", "a", NOW.minusSeconds(1), NOW),
                "a time in the past publishes at once");
    }

    @Test
    void editingAPublishedItemMakesAPendingDraftWhileThePublicKeepsTheOldVersion() {
        States edited = PublicationWorkflow.edit(PUBLISHED);
        assertEquals(new States(PublicState.PUBLICADO, DraftState.BORRADOR), edited);
        assertTrue(edited.isVisible());
        States inReview = PublicationWorkflow.submit(edited);
        assertEquals(PUBLISHED, PublicationWorkflow.approve(inReview, "b", "a", NOW.plusSeconds(60), NOW),
                "a new version of a published item goes live when approved");
    }

    @Test
    void editingADraftInReviewTakesItBackToDraft() {
        assertEquals(DRAFT, PublicationWorkflow.edit(IN_REVIEW));
    }

    @Test
    void aScheduledItemIsChangedOnlyAfterCancellingItsSchedule() {
        States scheduled = new States(PublicState.PROGRAMADO, DraftState.NONE);
        refused("workflow.scheduled_locked", () -> PublicationWorkflow.edit(scheduled));
        assertEquals(DRAFT, PublicationWorkflow.cancelSchedule(scheduled));
        refused("workflow.not_scheduled", () -> PublicationWorkflow.cancelSchedule(PUBLISHED));
    }

    @Test
    void forcePublishingNeedsAReason() {
        refused("workflow.reason_required", () -> PublicationWorkflow.forcePublish(DRAFT, "", null, NOW));
        assertEquals(PUBLISHED, PublicationWorkflow.forcePublish(DRAFT, "Urgencia: corte de agua en la oficina", null, NOW));
        refused("workflow.nothing_to_publish", () -> PublicationWorkflow.forcePublish(PUBLISHED, "x", null, NOW));
    }

    @Test
    void archivingTakesAPublishedItemDownAndTheSchedulerDoesItOnTime() {
        assertEquals(new States(PublicState.ARCHIVADO, DraftState.NONE), PublicationWorkflow.archive(PUBLISHED));
        refused("workflow.not_published", () -> PublicationWorkflow.archive(DRAFT));
        assertTrue(PublicationWorkflow.unpublishIsDue(PUBLISHED, NOW, NOW));
        assertFalse(PublicationWorkflow.unpublishIsDue(PUBLISHED, NOW.plusSeconds(1), NOW));
        assertFalse(PublicationWorkflow.unpublishIsDue(DRAFT, NOW, NOW));
    }

    @Test
    void discardingADraftKeepsWhatIsPublished() {
        assertEquals(PUBLISHED, PublicationWorkflow.discardDraft(PublicationWorkflow.edit(PUBLISHED)));
        assertEquals(new States(PublicState.NONE, DraftState.NONE), PublicationWorkflow.discardDraft(DRAFT));
        refused("workflow.nothing_to_discard", () -> PublicationWorkflow.discardDraft(PUBLISHED));
    }
}
