package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * This instance's page views waiting for the next flush (apache/roller's HitCountQueue, bounded). Offering never
 * blocks a request: when the queue is full the view is dropped and counted as overflow, and the overflow is
 * written with the next batch so the report shows it. Bots and ignored prefetches are only counted.
 */
@ApplicationScoped
public class VisitQueue {

    /** What is counted besides page views, drained with each flush. */
    public record Counters(long overflow, long prefetch, Map<String, Long> bots) {
        public boolean isEmpty() {
            return overflow == 0 && prefetch == 0 && bots.isEmpty();
        }
    }

    @Inject
    @ConfigProperty(name = "canal.stats.queue-capacity", defaultValue = "50000")
    int capacity;

    /** Lock-free: offering is on the request path of every public page. */
    private final ConcurrentLinkedQueue<VisitEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder overflow = new LongAdder();
    private final LongAdder prefetch = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> bots = new ConcurrentHashMap<>();

    public VisitQueue() {
        // CDI
    }

    /** For unit tests. */
    VisitQueue(int capacity) {
        this.capacity = capacity;
        init();
    }

    @PostConstruct
    void init() {
        capacity = Math.max(1, capacity);
    }

    /** @return false when the queue was full and the view was dropped (and counted) */
    public boolean offer(VisitEvent event) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            overflow.increment();
            return false;
        }
        queue.offer(event);
        return true;
    }

    public void countBot(String name) {
        bots.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    public void countPrefetch() {
        prefetch.increment();
    }

    /** Moves up to {@code max} queued views into {@code into}. */
    public int drainTo(List<VisitEvent> into, int max) {
        int taken = 0;
        VisitEvent event;
        while (taken < max && (event = queue.poll()) != null) {
            into.add(event);
            taken++;
        }
        size.addAndGet(-taken);
        return taken;
    }

    public int size() {
        return size.get();
    }

    public int capacity() {
        return capacity;
    }

    /** Takes the counters (resetting them). */
    public Counters drainCounters() {
        Map<String, Long> botCounts = new HashMap<>();
        for (String name : List.copyOf(bots.keySet())) {
            LongAdder adder = bots.remove(name);
            if (adder != null && adder.sum() > 0) {
                botCounts.put(name, adder.sum());
            }
        }
        return new Counters(overflow.sumThenReset(), prefetch.sumThenReset(), botCounts);
    }

    /** Gives back counters whose write failed, so they are written with the next flush. */
    public void restore(Counters counters) {
        overflow.add(counters.overflow());
        prefetch.add(counters.prefetch());
        counters.bots().forEach((name, count) -> bots.computeIfAbsent(name, n -> new LongAdder()).add(count));
    }
}
