package cl.gob.mintrab.canalregional.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the recorder works out from a request string that repeats (a User-Agent, a path), remembered per string:
 * there are few distinct ones, and the work runs on every recorded request. Bounded: strings longer than 400
 * characters are not remembered, and a flood of invented ones (a crawler's made-up paths or agents) empties the
 * memo rather than growing the memory. Lock-free; a value computed twice by two requests at once is simply the
 * same value. Only public facts are kept: what a path shows, what an agent is.
 */
final class BoundedMemo<V> {

    private static final int ENTRIES = 10_000;
    private static final int CACHEABLE_LENGTH = 400;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    /** @param compute never returns null */
    BoundedMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    V get(String key) {
        if (key.length() > CACHEABLE_LENGTH) {
            return compute.apply(key);
        }
        V value = known.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (known.size() >= ENTRIES) {
                known.clear();
            }
            known.put(key, value);
        }
        return value;
    }
}
