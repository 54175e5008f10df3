package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * This instance's page views waiting for the next flush, bounded, and already in the shape they are written in:
 * identical views of the same second (same page, referrer, search, tracking) share one counted {@link Row}, and a
 * visitor is held once per day and region ({@link Visitor}), which is all the unique-visitor sketches need. So
 * what waits in memory grows with the distinct pages and visitors of a few seconds, not with the views: a busy
 * page costs a counter increment, and the garbage collector does not have to copy tens of thousands of waiting
 * views at every young collection (which is what made recording cost 5-12 % of the throughput when each view
 * was queued as an object of its own).
 * <p>
 * Offering never blocks a request: when a view would need a new entry and {@code canal.stats.queue-capacity}
 * entries are already waiting, the view is dropped and counted as overflow, written with the next flush so the
 * report shows it. Bots and ignored prefetches are only counted.
 * <p>
 * One per instance, produced by {@link RecordingBeans} as a {@code @Singleton}: injected without a CDI client
 * proxy, which would look the instance up again on each of the two calls every recorded request makes.
 */
public class VisitQueue {

    /** What is counted besides page views, drained with each flush. */
    public record Counters(long overflow, long prefetch, Map<String, Long> bots) {
        public static final Counters NONE = new Counters(0, 0, Map.of());

        public boolean isEmpty() {
            return overflow == 0 && prefetch == 0 && bots.isEmpty();
        }
    }

    /**
     * One row of {@code stats_event}: identical views of the same second; nothing about the visitor is in it.
     *
     * @param second the epoch second of the views
     */
    public record Row(long second, PageType type, String path, String regionCode, String kind, String referrerHost,
                      boolean entry, boolean tracked, String searchTerms, Integer searchResults) {

        static Row of(VisitEvent e) {
            return new Row(e.occurredAt().getEpochSecond(), e.type(), e.path(), e.regionCode(), e.kind(),
                    e.referrerHost(), e.entry(), e.tracked(), e.searchTerms(), e.searchResults());
        }
    }

    /**
     * A visitor who did not opt out, seen on a day (Chile) on a page of a region ("" none): the only input of the
     * unique-visitor sketches. It stays in memory, it is never written.
     */
    public record Visitor(VisitorKey key, LocalDate day, String regionCode) {

        /** The last day seen, with its bounds in epoch seconds: views arrive in time order, near enough. */
        private record DaySpan(long from, long to, LocalDate day) {
        }

        private static volatile DaySpan lastDay;

        static Visitor of(VisitEvent e) {
            return e.visitor() == null ? null : of(e.visitor(), e.occurredAt().getEpochSecond(), e.regionCode());
        }

        /** @return null for a view without a visitor (opted out) */
        static Visitor of(VisitorKey key, long second, String regionCode) {
            return key == null ? null : new Visitor(key, day(second), regionCode);
        }

        /** The day in Chile of an epoch second (what {@code LocalDate.ofInstant} says, without its time-zone rules lookup). */
        static LocalDate day(long second) {
            DaySpan span = lastDay;
            if (span != null && second >= span.from && second < span.to) {
                return span.day;
            }
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(second), Formats.ZONE);
            lastDay = new DaySpan(day.atStartOfDay(Formats.ZONE).toEpochSecond(),
                    day.plusDays(1).atStartOfDay(Formats.ZONE).toEpochSecond(), day);
            return day;
        }

        /** The fingerprint the sketches hash with each period's key, worked out here, at the flush. */
        public byte[] fingerprint() {
            return key.fingerprint();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Visitor v && key.equals(v.key) && day.equals(v.day) && regionCode.equals(v.regionCode);
        }

        @Override
        public int hashCode() {
            return (31 * key.hashCode() + day.hashCode()) * 31 + regionCode.hashCode();
        }

        @Override
        public String toString() {
            return "Visitor[" + day + ", " + regionCode + "]";
        }
    }

    /** What a flush takes: the rows with their views, and the visitors. */
    public record Drained(Map<Row, Long> rows, List<Visitor> visitors) {

        public long views() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The views gathered since the last drain. {@code writers} counts the offers working on it, so that a drain
     * that has replaced it waits for them before reading it: no view is lost between two windows.
     */
    private static final class Window {
        final ConcurrentHashMap<Row, LongAdder> rows = new ConcurrentHashMap<>();
        final Map<Visitor, Boolean> visitors = new ConcurrentHashMap<>();
        final AtomicInteger entries = new AtomicInteger();
        /** Offers working on this window, striped by thread so that requests on different cores do not share a counter. */
        final AtomicIntegerArray writers = new AtomicIntegerArray(STRIPES * PADDING);

        boolean idle() {
            for (int i = 0; i < STRIPES; i++) {
                if (writers.get(i * PADDING) != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int STRIPES = 16;
    /** 16 ints = 64 bytes: one cache line per stripe. */
    private static final int PADDING = 16;

    private final int capacity;

    private volatile Window current = new Window();
    private final LongAdder overflow = new LongAdder();
    private final LongAdder prefetch = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> bots = new ConcurrentHashMap<>();

    /** @param capacity entries (rows and visitors) that may wait for a flush, at least 1 */
    VisitQueue(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** @return false when the queue was full and the view was dropped (and counted) */
    public boolean offer(VisitEvent event) {
        return offer(Row.of(event), Visitor.of(event));
    }

    /**
     * A view already in the shape it waits in (what the recording filter offers: it reuses the row of a page's
     * plain views within a second, see {@code VisitRecordingFilter.Page}).
     *
     * @param visitor null when the visitor opted out
     * @return false when the queue was full and the view was dropped (and counted)
     */
    boolean offer(Row row, Visitor visitor) {
        int stripe = (int) (Thread.currentThread().getId() % STRIPES) * PADDING;
        while (true) {
            Window window = current;
            window.writers.incrementAndGet(stripe);
            try {
                // both are volatile: either the drain sees this writer's stripe, or this writer sees the new window
                if (window == current) {
                    return add(window, row, visitor);
                }
            } finally {
                window.writers.decrementAndGet(stripe);
            }
        }
    }

    private boolean add(Window window, Row row, Visitor visitor) {
        LongAdder views = window.rows.get(row);
        boolean newVisitor = visitor != null && !window.visitors.containsKey(visitor);
        int needed = (views == null ? 1 : 0) + (newVisitor ? 1 : 0);
        if (needed > 0 && window.entries.addAndGet(needed) > capacity) {
            window.entries.addAndGet(-needed);
            overflow.increment();
            return false;
        }
        if (views == null) {
            LongAdder fresh = new LongAdder();
            views = window.rows.putIfAbsent(row, fresh);
            if (views == null) {
                views = fresh;
            } else {
                window.entries.decrementAndGet(); // another request added the row first
            }
        }
        views.increment();
        if (newVisitor && window.visitors.putIfAbsent(visitor, Boolean.TRUE) != null) {
            window.entries.decrementAndGet();
        }
        return true;
    }

    public void countBot(String name) {
        bots.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    public void countPrefetch() {
        prefetch.increment();
    }

    /**
     * Takes everything queued so far, leaving an empty queue for the requests that go on meanwhile. Called by one
     * flush at a time (see {@link VisitRecorder}).
     */
    public synchronized Drained drain() {
        Window taken = current;
        current = new Window();
        while (!taken.idle()) {
            Thread.onSpinWait(); // an offer that read the old window just before it was replaced: a few instructions
        }
        Map<Row, Long> rows = new HashMap<>(taken.rows.size() * 2);
        taken.rows.forEach((row, views) -> rows.put(row, views.sum()));
        return new Drained(rows, List.copyOf(taken.visitors.keySet()));
    }

    /** Views waiting (for tests and monitoring: it adds up every waiting row). */
    public long size() {
        return current.rows.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Entries (rows and visitors) waiting, against the capacity. */
    public int entries() {
        return current.entries.get();
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
