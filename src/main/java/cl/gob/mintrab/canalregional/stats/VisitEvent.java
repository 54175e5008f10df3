package cl.gob.mintrab.canalregional.stats;

import java.time.Instant;

/**
 * One public page view, as offered to the {@link VisitQueue}. {@code visitor} ({@link VisitorHasher#visitor}) is null
 * when the visitor opted out; it stays in memory until the next flush and is never written to the database: only
 * the unique-visitor sketches see its keyed hashes.
 *
 * @param regionCode    "" when the page belongs to no region
 * @param kind          publication kind name, "" when none
 * @param referrerHost  "" when none or the portal itself
 * @param entry         the view came from outside the portal: a visit starts here
 * @param searchTerms   normalised search words, null when not a search
 * @param searchResults the search's result count, -1 unknown, null when not a search
 */
public record VisitEvent(Instant occurredAt, PageType type, String path, String regionCode, String kind,
                         String referrerHost, boolean entry, String searchTerms, Integer searchResults,
                         VisitorKey visitor) {

    public boolean tracked() {
        return visitor != null;
    }
}
