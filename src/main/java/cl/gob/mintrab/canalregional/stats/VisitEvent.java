package cl.gob.mintrab.canalregional.stats;

import java.time.Instant;

/**
 * One public page view, as queued in memory until the next flush. {@code fingerprint} is the in-memory visitor
 * fingerprint ({@link VisitorHasher#fingerprint}); it is null when the visitor opted out, and it is never written
 * to the database: only the unique-visitor sketches see its keyed hashes.
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
                         byte[] fingerprint) {

    public boolean tracked() {
        return fingerprint != null;
    }
}
