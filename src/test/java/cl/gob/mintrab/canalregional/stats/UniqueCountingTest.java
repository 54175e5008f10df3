package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unique visitors per period: a visitor seen on many days is one visitor of the month and of the year. */
class UniqueCountingTest {

    private final Map<VisitorSketches.PeriodKey, byte[]> secrets = new HashMap<>();
    private final Random random = new Random(42);

    private VisitorSketches sketches() {
        return new VisitorSketches(period -> secrets.computeIfAbsent(period, p -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return key;
        }));
    }

    private static byte[] visitor(int n) {
        return VisitorHasher.fingerprint("190." + (n / 62500) + "." + (n / 250 % 250) + "." + (n % 250), "Navegador " + n);
    }

    private static long estimate(VisitorSketches sketches, PeriodType type, LocalDate start, String scope) {
        return Math.round(sketches.sketches().get(new VisitorSketches.SketchKey(type, start, scope)).getEstimate());
    }

    @Test
    void theSameVisitorsOnEveryDayOfAMonthAreCountedOnceForTheMonthAndTheYear() {
        VisitorSketches sketches = sketches();
        for (int day = 1; day <= 30; day++) {
            for (int v = 0; v < 200; v++) {
                sketches.add(visitor(v), LocalDate.of(2026, 6, day), "16");
            }
        }
        long daily = 0;
        for (int day = 1; day <= 30; day++) {
            daily += estimate(sketches, PeriodType.DAY, LocalDate.of(2026, 6, day), "");
        }
        assertEquals(6000, daily, "each day has its 200 visitors");
        assertEquals(200, estimate(sketches, PeriodType.MONTH, LocalDate.of(2026, 6, 1), ""));
        assertEquals(200, estimate(sketches, PeriodType.YEAR, LocalDate.of(2026, 1, 1), ""));
        assertEquals(200, estimate(sketches, PeriodType.MONTH, LocalDate.of(2026, 6, 1), "16"));
        assertEquals(200, estimate(sketches, PeriodType.WEEK, LocalDate.of(2026, 6, 8), ""));
    }

    @Test
    void sketchesStoredAfterEachFlushMergeWithoutDoubleCounting() {
        byte[] stored = null;
        for (int flush = 0; flush < 10; flush++) {
            VisitorSketches batch = sketches();
            for (int v = 0; v < 3000; v++) {
                // every flush sees the same 3,000 visitors again, plus 100 new ones
                batch.add(visitor(v), LocalDate.of(2026, 6, 1 + flush), "");
            }
            for (int v = 0; v < 100; v++) {
                batch.add(visitor(100_000 + flush * 100 + v), LocalDate.of(2026, 6, 1 + flush), "");
            }
            stored = VisitorSketches.merge(stored, batch.sketches().get(
                    new VisitorSketches.SketchKey(PeriodType.MONTH, LocalDate.of(2026, 6, 1), "")));
        }
        long estimate = VisitorSketches.estimate(stored);
        assertTrue(Math.abs(estimate - 4000) <= 4000 * 0.02, "4,000 distinct visitors, estimated " + estimate);
    }

    @Test
    void largeYearlyCountsAreWithinTwoPercent() {
        VisitorSketches sketches = sketches();
        int distinct = 300_000;
        for (int v = 0; v < distinct; v++) {
            sketches.add(visitor(v), LocalDate.of(2025, 1 + v % 12, 1 + v % 28), v % 2 == 0 ? "13" : "05");
        }
        long yearly = estimate(sketches, PeriodType.YEAR, LocalDate.of(2025, 1, 1), "");
        assertTrue(Math.abs(yearly - distinct) <= distinct * 0.02, "yearly estimate " + yearly);
        long santiago = estimate(sketches, PeriodType.YEAR, LocalDate.of(2025, 1, 1), "13");
        assertTrue(Math.abs(santiago - distinct / 2) <= distinct / 2 * 0.02, "region estimate " + santiago);
    }

    @Test
    void optedOutVisitorsAreNotCounted() {
        VisitorSketches sketches = sketches();
        sketches.add(null, LocalDate.of(2026, 6, 1), "16");
        assertTrue(sketches.sketches().isEmpty());
    }
}
