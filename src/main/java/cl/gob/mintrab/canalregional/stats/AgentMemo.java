package cl.gob.mintrab.canalregional.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the recorder works out from a User-Agent, remembered per agent: there are few distinct agents, and the
 * work runs on every recorded request. Bounded: agents longer than 400 characters are not remembered, and a flood
 * of invented agents empties the memo rather than growing the memory. Lock-free; a value computed twice by two
 * requests at once is simply the same value.
 */
final class AgentMemo<V> {

    private static final int ENTRIES = 10_000;
    private static final int CACHEABLE_LENGTH = 400;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    AgentMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    V get(String userAgent) {
        if (userAgent.length() > CACHEABLE_LENGTH) {
            return compute.apply(userAgent);
        }
        V value = known.get(userAgent);
        if (value == null) {
            value = compute.apply(userAgent);
            if (known.size() >= ENTRIES) {
                known.clear();
            }
            known.put(userAgent, value);
        }
        return value;
    }
}
