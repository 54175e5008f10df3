package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flushes this instance's {@link VisitQueue} to the database every five seconds, in batches, and once more when
 * the application stops (graceful shutdown, see {@link VisitFlushOnShutdown}). A batch whose transaction lost a
 * lock conflict (an InnoDB deadlock with the rollup, which claims events while new ones are inserted, or a lock
 * wait timeout) was rolled back whole, so it is written again, up to {@value #ATTEMPTS} times. A batch that still
 * cannot be written is dropped and counted as overflow rather than retried forever: statistics must never hold
 * the portal back.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitRecorder {

    private static final Logger LOG = Logger.getLogger(VisitRecorder.class.getName());
    static final int ATTEMPTS = 3;
    /** MariaDB/InnoDB: deadlock found, lock wait timeout exceeded. */
    private static final Set<Integer> LOCK_CONFLICTS = Set.of(1213, 1205);

    @Inject
    VisitQueue queue;

    @Inject
    VisitStore store;

    @Inject
    @ConfigProperty(name = "canal.stats.batch-size", defaultValue = "5000")
    int batchSize;

    @PostConstruct
    void init() {
        batchSize = Math.max(1, batchSize);
    }

    private final ReentrantLock flushing = new ReentrantLock();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "Estadísticas: escritura de visitas")
    void everyFiveSeconds() {
        flush();
    }

    @PreDestroy
    void atShutdown() {
        flush();
    }

    /**
     * Writes everything queued so far, {@code canal.stats.batch-size} rows and visitors per transaction; concurrent
     * calls wait for each other. @return views written
     */
    public long flush() {
        flushing.lock();
        try {
            VisitQueue.Counters counters = queue.drainCounters();
            VisitQueue.Drained drained = queue.drain();
            List<Map.Entry<VisitQueue.Row, Long>> rows = new ArrayList<>(drained.rows().entrySet());
            List<VisitQueue.Visitor> visitors = drained.visitors();
            long written = 0;
            int parts = Math.max(1, (Math.max(rows.size(), visitors.size()) + batchSize - 1) / batchSize);
            for (int part = 0; part < parts; part++) {
                List<Map.Entry<VisitQueue.Row, Long>> someRows = slice(rows, part);
                List<VisitQueue.Visitor> someVisitors = slice(visitors, part);
                if (someRows.isEmpty() && someVisitors.isEmpty() && counters.isEmpty()) {
                    break;
                }
                long views = someRows.stream().mapToLong(Map.Entry::getValue).sum();
                if (write(someRows, someVisitors, counters, views)) {
                    written += views;
                } else {
                    queue.restore(new VisitQueue.Counters(counters.overflow() + views, counters.prefetch(), counters.bots()));
                }
                counters = VisitQueue.Counters.NONE;
            }
            return written;
        } finally {
            flushing.unlock();
        }
    }

    /** One part in its own transaction, again after a lock conflict. @return whether it was written */
    private boolean write(List<Map.Entry<VisitQueue.Row, Long>> rows, List<VisitQueue.Visitor> visitors,
                          VisitQueue.Counters counters, long views) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.write(rows, visitors, counters);
                return true;
            } catch (EJBException | IllegalStateException e) {
                if (attempt >= ATTEMPTS || !lockConflict(e)) {
                    LOG.log(Level.WARNING, "Visitas no guardadas: " + views, e);
                    return false;
                }
                LOG.log(Level.INFO, "Visitas: conflicto de bloqueo, intento " + (attempt + 1) + " de " + ATTEMPTS);
                pause(50L * attempt);
            }
        }
    }

    /** Whether a failure was a lock conflict that rolled the whole transaction back (worth trying again). */
    static boolean lockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && LOCK_CONFLICTS.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> List<T> slice(List<T> list, int part) {
        int from = Math.min(list.size(), part * batchSize);
        return list.subList(from, Math.min(list.size(), from + batchSize));
    }
}
