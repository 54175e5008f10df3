package cl.gob.mintrab.canalregional.stats;

import java.time.Instant;

/**
 * A row of {@code stats_event} as the rollup reads it: {@code views} identical page views (same page, second,
 * referrer, search...) written by one flush. No visitor information at all.
 */
public record StoredEvent(Instant occurredAt, PageType type, String path, String regionCode, String kind,
                          String referrerHost, boolean entry, boolean tracked, String searchTerms,
                          Integer searchResults, int views) {

    /** One page view. */
    public StoredEvent(Instant occurredAt, PageType type, String path, String regionCode, String kind,
                       String referrerHost, boolean entry, boolean tracked, String searchTerms, Integer searchResults) {
        this(occurredAt, type, path, regionCode, kind, referrerHost, entry, tracked, searchTerms, searchResults, 1);
    }
}
