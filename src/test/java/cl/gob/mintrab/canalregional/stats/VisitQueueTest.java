package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitQueueTest {

    private static final Instant NOON = Instant.parse("2026-11-24T15:00:00Z");

    private static VisitEvent view(Instant at, String path, VisitorKey visitor) {
        return new VisitEvent(at, PageType.PUBLICATION, path, "16", "NOTICIA", "", true, null, null, visitor);
    }

    private static VisitorKey visitor(int n) {
        return VisitorHasher.visitor("10.0." + n + ".1", "Navegador " + n);
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlockingButAddsToWhatIsAlreadyThere() {
        VisitQueue queue = new VisitQueue(3);
        assertTrue(queue.offer(view(NOON, "/a", visitor(1))), "a row and a visitor: two entries");
        assertTrue(queue.offer(view(NOON, "/b", null)), "an opted-out view: its row only");
        assertEquals(3, queue.entries());
        long started = System.nanoTime();
        assertFalse(queue.offer(view(NOON, "/c", null)), "a new row does not fit");
        assertFalse(queue.offer(view(NOON, "/a", visitor(2))), "nor does a new visitor");
        assertTrue(System.nanoTime() - started < 50_000_000L, "offering never waits");
        for (int i = 0; i < 100; i++) {
            assertTrue(queue.offer(view(NOON.plusMillis(i), "/a", visitor(1))), "a view of a waiting row by a waiting visitor needs nothing new");
        }
        assertEquals(102, queue.size());
        VisitQueue.Counters counters = queue.drainCounters();
        assertEquals(2, counters.overflow());
        assertEquals(0, queue.drainCounters().overflow(), "counters reset once taken");

        VisitQueue.Drained drained = queue.drain();
        assertEquals(102, drained.views());
        assertEquals(2, drained.rows().size());
        assertEquals(1, drained.visitors().size());
        assertEquals(0, queue.size());
        assertEquals(0, queue.entries(), "the capacity is free again");
        assertTrue(queue.offer(view(NOON, "/c", null)));
    }

    @Test
    void identicalViewsOfTheSameSecondShareOneRowAndAVisitorIsHeldOncePerDayAndRegion() {
        VisitQueue queue = new VisitQueue(100);
        for (int i = 0; i < 1000; i++) {
            queue.offer(new VisitEvent(NOON.plusMillis(i), PageType.HOME, "/", "", "", "", true, null, null, visitor(i % 3)));
        }
        queue.offer(new VisitEvent(NOON.plusMillis(1500), PageType.HOME, "/", "", "", "", true, null, null, visitor(0)));
        queue.offer(new VisitEvent(NOON, PageType.HOME, "/", "", "", "", true, null, null, null));
        queue.offer(new VisitEvent(NOON, PageType.HOME, "/", "", "", "google.com", true, null, null, visitor(0)));
        // 03:30 UTC is still the day before in Chile
        queue.offer(new VisitEvent(Instant.parse("2026-11-25T02:30:00Z"), PageType.REGION, "/region/nuble", "16", "", "", true, null, null, visitor(0)));

        VisitQueue.Drained drained = queue.drain();
        Map<VisitQueue.Row, Long> rows = drained.rows();
        assertEquals(5, rows.size(), "second 0, second 1, untracked, another referrer, another page");
        assertEquals(1000L, rows.get(new VisitQueue.Row(NOON.getEpochSecond(), PageType.HOME, "/", "", "", "", true, true, null, null)));
        assertEquals(1004L, drained.views());
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertEquals(List.of(new VisitQueue.Visitor(visitor(0), day, "16")),
                drained.visitors().stream().filter(v -> v.regionCode().equals("16")).toList());
        assertEquals(4, drained.visitors().size(), "three visitors of the home page, one of them on Ñuble's page too");
        assertTrue(drained.visitors().stream().allMatch(v -> v.day().equals(day)));
    }

    @Test
    void noViewIsLostWhileRequestsGoOnDuringDrains() throws Exception {
        VisitQueue queue = new VisitQueue(1_000_000);
        int threads = 4;
        int perThread = 200_000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        LongAdder offered = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    if (queue.offer(view(NOON.plusMillis(i % 3000), "/p" + (i % 7), visitor(id)))) {
                        offered.increment();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long drainedViews = 0;
        int drains = 0;
        start.countDown();
        Thread waiter = new Thread(() -> {
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
            done.set(true);
        });
        waiter.start();
        while (!done.get()) {
            drainedViews += queue.drain().views();
            drains++;
        }
        drainedViews += queue.drain().views();
        assertEquals((long) threads * perThread, offered.sum(), "nothing overflowed");
        assertEquals(offered.sum(), drainedViews, "every view is in exactly one drain (" + drains + " drains)");
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
