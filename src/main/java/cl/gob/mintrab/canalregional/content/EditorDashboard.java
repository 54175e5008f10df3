package cl.gob.mintrab.canalregional.content;

import java.util.List;

/**
 * What waits for an editor (or reviewer): their drafts, items of their regions waiting for their review, items
 * sent back to them, scheduled items, and schedules that passed without being executed.
 */
public record EditorDashboard(List<PublicationSummary> myDrafts, List<PublicationSummary> toReview,
                              List<PublicationSummary> sentBack, List<PublicationSummary> scheduled,
                              List<PublicationSummary> missedSchedules) {
}
