package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitQueueTest {

    private static VisitEvent view() {
        return new VisitEvent(Instant.now(), PageType.HOME, "/", "", "", "", true, null, null, new byte[32]);
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        VisitQueue queue = new VisitQueue(3);
        assertTrue(queue.offer(view()));
        assertTrue(queue.offer(view()));
        assertTrue(queue.offer(view()));
        long started = System.nanoTime();
        assertFalse(queue.offer(view()));
        assertFalse(queue.offer(view()));
        assertTrue(System.nanoTime() - started < 50_000_000L, "offering never waits");
        VisitQueue.Counters counters = queue.drainCounters();
        assertEquals(2, counters.overflow());
        assertEquals(0, queue.drainCounters().overflow(), "counters reset once taken");
        List<VisitEvent> batch = new ArrayList<>();
        assertEquals(2, queue.drainTo(batch, 2));
        assertEquals(1, queue.drainTo(batch, 10));
    }

    @Test
    void identicalViewsOfTheSameSecondAreWrittenAsOneRowWithTheirCount() {
        Instant second = Instant.parse("2026-11-24T12:00:00Z");
        List<VisitEvent> events = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            events.add(new VisitEvent(second.plusMillis(i % 1000), PageType.HOME, "/", "", "", "", true, null, null, new byte[32]));
        }
        events.add(new VisitEvent(second.plusMillis(1500), PageType.HOME, "/", "", "", "", true, null, null, null));
        events.add(new VisitEvent(second, PageType.HOME, "/", "", "", "google.com", true, null, null, new byte[32]));
        Map<VisitStore.RowKey, Integer> rows = VisitStore.rows(events);
        assertEquals(3, rows.size());
        assertEquals(1000, rows.values().iterator().next());
        assertEquals(1002, rows.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void botsAndPrefetchesAreCountedAndCanBeGivenBack() {
        VisitQueue queue = new VisitQueue(10);
        queue.countBot("googlebot");
        queue.countBot("googlebot");
        queue.countBot("curl");
        queue.countPrefetch();
        VisitQueue.Counters counters = queue.drainCounters();
        assertEquals(Map.of("googlebot", 2L, "curl", 1L), counters.bots());
        assertEquals(1, counters.prefetch());
        queue.restore(counters);
        assertEquals(counters, queue.drainCounters());
    }
}
