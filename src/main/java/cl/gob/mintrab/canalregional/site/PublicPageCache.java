package cl.gob.mintrab.canalregional.site;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered public pages of one version of the public content, least recently used dropped first, bounded by
 * count and by bytes. When the version changes (anything public was written, on any instance), the whole cache
 * is dropped at once: nothing is ever served from an older version than the one read from the database.
 */
final class PublicPageCache {

    /** A rendered page: its bytes, content type and strong validator. */
    record Page(byte[] body, String contentType, String etag) {
    }

    private final int maxEntries;
    private final long maxBytes;
    private long version = Long.MIN_VALUE;
    private long bytes;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

    PublicPageCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Page> get(long contentVersion, String key) {
        if (contentVersion != version) {
            return Optional.empty();
        }
        return Optional.ofNullable(pages.get(key));
    }

    synchronized void put(long contentVersion, String key, Page page) {
        if (page.body().length > maxBytes / 8) {
            return;
        }
        if (contentVersion != version) {
            if (contentVersion < version) {
                return;
            }
            pages.clear();
            bytes = 0;
            version = contentVersion;
        }
        Page old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
