package cl.gob.mintrab.canalregional.stats;

import java.time.Instant;

/** A raw page view as stored in {@code stats_event} (no visitor information at all), read back by the rollup. */
public record StoredEvent(Instant occurredAt, PageType type, String path, String regionCode, String kind,
                          String referrerHost, boolean entry, boolean tracked, String searchTerms,
                          Integer searchResults) {
}
