package cl.gob.mintrab.canalregional.stats;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flush: a part that lost a lock conflict is written again; one that keeps failing is counted as overflow. */
class VisitRecorderTest {

    /** As the container hands it over: the store's exception, wrapping the driver's, wrapped by the EJB container. */
    private static EJBException failure(SQLException cause) {
        return new EJBException(new IllegalStateException("No se pudieron guardar las visitas",
                new BatchUpdateException("batch", cause.getSQLState(), cause.getErrorCode(), new int[0], cause)));
    }

    private static final SQLException DEADLOCK =
            new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
    private static final SQLException LOCK_WAIT = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
    private static final SQLException DISK_FULL = new SQLException("The table is full", "HY000", 1114);

    /** A store that fails its first {@code failures} writes with {@code cause}, then records what it is given. */
    private static final class FlakyStore extends VisitStore {
        final AtomicInteger calls = new AtomicInteger();
        long viewsWritten;
        long overflowWritten;
        private final int failures;
        private final SQLException cause;

        FlakyStore(int failures, SQLException cause) {
            this.failures = failures;
            this.cause = cause;
        }

        @Override
        public void write(List<Map.Entry<VisitQueue.Row, Long>> rows, List<VisitQueue.Visitor> visitors, VisitQueue.Counters counters) {
            if (calls.incrementAndGet() <= failures) {
                throw failure(cause);
            }
            viewsWritten += rows.stream().mapToLong(Map.Entry::getValue).sum();
            overflowWritten += counters.overflow();
        }
    }

    private static VisitRecorder recorder(VisitQueue queue, VisitStore store) {
        VisitRecorder recorder = new VisitRecorder();
        recorder.queue = queue;
        recorder.store = store;
        recorder.batchSize = 5000;
        return recorder;
    }

    private static VisitQueue queueWith(int views) {
        VisitQueue queue = new VisitQueue(1000);
        for (int i = 0; i < views; i++) {
            queue.offer(new VisitEvent(Instant.parse("2026-11-24T15:00:00Z"), PageType.HOME, "/", "", "", "", true, null, null, null));
        }
        return queue;
    }

    @Test
    void aDeadlockOrALockWaitIsWrittenAgainAndNothingIsLost() {
        for (SQLException conflict : List.of(DEADLOCK, LOCK_WAIT)) {
            FlakyStore store = new FlakyStore(VisitRecorder.ATTEMPTS - 1, conflict);
            VisitQueue queue = queueWith(40);
            assertEquals(40, recorder(queue, store).flush(), conflict.getMessage());
            assertEquals(VisitRecorder.ATTEMPTS, store.calls.get());
            assertEquals(40, store.viewsWritten);
            assertEquals(0, queue.drainCounters().overflow(), "nothing counted as lost");
        }
    }

    @Test
    void aPartThatKeepsFailingIsCountedAsOverflowAndWrittenWithTheNextFlush() {
        FlakyStore store = new FlakyStore(VisitRecorder.ATTEMPTS, DEADLOCK);
        VisitQueue queue = queueWith(40);
        VisitRecorder recorder = recorder(queue, store);
        assertEquals(0, recorder.flush());
        assertEquals(VisitRecorder.ATTEMPTS, store.calls.get(), "tried no more than the limit");
        recorder.flush();
        assertEquals(40, store.overflowWritten, "the next flush reports the lost views");
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        FlakyStore store = new FlakyStore(1, DISK_FULL);
        VisitQueue queue = queueWith(5);
        assertEquals(0, recorder(queue, store).flush());
        assertEquals(1, store.calls.get());
        assertEquals(5, queue.drainCounters().overflow());
    }

    @Test
    void lockConflictsAreFoundAnywhereInTheCauseChain() {
        assertTrue(VisitRecorder.lockConflict(failure(DEADLOCK)));
        assertTrue(VisitRecorder.lockConflict(failure(LOCK_WAIT)));
        assertFalse(VisitRecorder.lockConflict(failure(DISK_FULL)));
        assertFalse(VisitRecorder.lockConflict(new EJBException("sin causa")));
    }
}
