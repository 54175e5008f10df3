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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flushes this instance's {@link VisitQueue} to the database every five seconds, in batches, and once more when
 * the application stops (graceful shutdown, see {@link VisitFlushOnShutdown}). A batch that cannot be written is
 * dropped and counted as overflow rather than retried forever: statistics must never hold the portal back.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitRecorder {

    private static final Logger LOG = Logger.getLogger(VisitRecorder.class.getName());

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
                try {
                    store.write(someRows, someVisitors, counters);
                    written += views;
                } catch (EJBException | IllegalStateException e) {
                    LOG.log(Level.WARNING, "Visitas no guardadas: " + views, e);
                    queue.restore(new VisitQueue.Counters(counters.overflow() + views, counters.prefetch(), counters.bots()));
                }
                counters = VisitQueue.Counters.NONE;
            }
            return written;
        } finally {
            flushing.unlock();
        }
    }

    private <T> List<T> slice(List<T> list, int part) {
        int from = Math.min(list.size(), part * batchSize);
        return list.subList(from, Math.min(list.size(), from + batchSize));
    }
}
